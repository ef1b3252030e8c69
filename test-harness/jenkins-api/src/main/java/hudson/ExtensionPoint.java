package hudson;

/** Marker for types that plugins implement and Jenkins discovers through {@link Extension}. */
public interface ExtensionPoint {
}
