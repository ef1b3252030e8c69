package jenkins.model;

import hudson.model.ModelObject;

/** Model object with a context menu (menu members are not needed by Skylark). */
public interface ModelObjectWithContextMenu extends ModelObject {
}
