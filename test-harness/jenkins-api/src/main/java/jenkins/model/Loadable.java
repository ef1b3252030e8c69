package jenkins.model;

import java.io.IOException;

/** Object whose state can be (re)loaded from disk. */
public interface Loadable {
    void load() throws IOException;
}
