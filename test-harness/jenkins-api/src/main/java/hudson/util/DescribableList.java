package hudson.util;

import hudson.model.Describable;
import hudson.model.Descriptor;

/** A persisted list of describables, such as a folder's properties. */
public class DescribableList<T extends Describable<T>, D extends Descriptor<T>> extends PersistedList<T> {
    protected DescribableList() {
    }
}
