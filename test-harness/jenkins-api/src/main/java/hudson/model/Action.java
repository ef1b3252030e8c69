package hudson.model;

/** Something attached to a model object, optionally shown as a page. */
public interface Action extends ModelObject {
    String getIconFileName();

    @Override
    String getDisplayName();

    String getUrlName();
}
