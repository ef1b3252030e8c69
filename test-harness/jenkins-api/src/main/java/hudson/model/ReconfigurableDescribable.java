package hudson.model;

/** A describable that can reconfigure itself from a form (members not needed by Skylark). */
public interface ReconfigurableDescribable<T extends ReconfigurableDescribable<T>> extends Describable<T> {
}
