package hudson;

/** One discovered extension and its ordinal; higher ordinals sort first. */
public class ExtensionComponent<T> implements Comparable<ExtensionComponent<T>> {
    private final T instance;
    private final double ordinal;

    public ExtensionComponent(T instance, double ordinal) {
        this.instance = instance;
        this.ordinal = ordinal;
    }

    public ExtensionComponent(T instance, Extension annotation) {
        this(instance, annotation.ordinal());
    }

    public ExtensionComponent(T instance) {
        this(instance, 0);
    }

    public double ordinal() {
        return ordinal;
    }

    public T getInstance() {
        return instance;
    }

    @Override
    public int compareTo(ExtensionComponent<T> that) {
        int byOrdinal = Double.compare(that.ordinal, this.ordinal);
        if (byOrdinal != 0) {
            return byOrdinal;
        }
        return instance.getClass().getName().compareTo(that.instance.getClass().getName());
    }
}
