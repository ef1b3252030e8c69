package hudson.model;

import jenkins.model.Jenkins;

/** An object described by a {@link Descriptor} (its class-level metadata and form handling). */
public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        @SuppressWarnings("unchecked")
        Descriptor<T> d = Jenkins.get().getDescriptorOrDie(getClass());
        return d;
    }
}
