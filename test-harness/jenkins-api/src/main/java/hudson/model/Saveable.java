package hudson.model;

import java.io.IOException;

/** Object whose state can be persisted. */
public interface Saveable {
    void save() throws IOException;
}
