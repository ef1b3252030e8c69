package hudson.model;

/** Object with a human-readable name. */
public interface ModelObject {
    String getDisplayName();
}
