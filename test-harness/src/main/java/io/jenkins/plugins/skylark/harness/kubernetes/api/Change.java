package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.google.common.base.Suppliers;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One write of the store as watches see it: the object before and after it, at the resourceVersion the write
 * got. A watch turns it into ADDED, MODIFIED or DELETED by which of the two states it matches, as a real API
 * server's watch cache does: an object that stops matching (say a label changed) is DELETED for that watch.
 *
 * @param resourceVersion the write's resourceVersion (for a delete, the one the delete was given)
 * @param before the state before the write (parsed on first use), giving {@code null} for a create
 * @param after the state after the write (parsed on first use), giving {@code null} for a delete
 */
record Change(long resourceVersion, Supplier<ObjectState> before, Supplier<ObjectState> after) {

    /** A state parsed from stored JSON on first use and kept; {@code null} JSON gives {@code null}. */
    static Supplier<ObjectState> lazy(String json) {
        return json == null ? () -> null : Suppliers.memoize(() -> ObjectState.of(json));
    }

    /** The watch event line for a watch that sees objects {@code watched} sees, or {@code null} for none. */
    String eventFor(Predicate<ObjectState> watched) {
        ObjectState before = this.before.get();
        ObjectState after = this.after.get();
        boolean was = before != null && watched.test(before);
        boolean is = after != null && watched.test(after);
        if (was && is) {
            return event("MODIFIED", after.json());
        }
        if (is) {
            return event("ADDED", after.json());
        }
        // the last state, at the resourceVersion of the write that removed it from the watch
        return was ? event("DELETED", before.jsonAt(resourceVersion)) : null;
    }

    /** One line of an HTTP-streaming watch: {@code {"type":...,"object":...}} and a newline. */
    static String event(String type, String objectJson) {
        return "{\"type\":\"" + type + "\",\"object\":" + objectJson + "}\n";
    }
}
