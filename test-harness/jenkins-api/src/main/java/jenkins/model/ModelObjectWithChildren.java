package jenkins.model;

/** Model object whose children have a context menu (members not needed by Skylark). */
public interface ModelObjectWithChildren extends ModelObjectWithContextMenu {
}
