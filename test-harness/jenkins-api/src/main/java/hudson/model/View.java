package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import jenkins.model.ModelObjectWithChildren;
import jenkins.widgets.HasWidgets;

/** A view of items (members not needed by Skylark). */
public abstract class View extends AbstractModelObject implements AccessControlled, Describable<View>, ExtensionPoint,
        Saveable, ModelObjectWithChildren, DescriptorByNameOwner, HasWidgets {
    private View() {
    }
}
