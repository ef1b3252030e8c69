package hudson.model;

/** Object deletable over HTTP (members not needed by Skylark). */
public interface HttpDeletable {
}
