package hudson.model;

import java.io.File;

/** Object that stores its state in a directory. */
public interface PersistenceRoot extends Saveable {
    File getRootDir();
}
