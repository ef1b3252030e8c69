package io.jenkins.plugins.skylark.harness.kubernetes.api;

import java.util.function.Predicate;

/**
 * One write of the store as watches see it: the object before and after it, at the resourceVersion the write
 * got. A watch turns it into ADDED, MODIFIED or DELETED by which of the two states it matches, as a real API
 * server's watch cache does: an object that stops matching (say a label changed) is DELETED for that watch.
 *
 * @param resourceVersion the write's resourceVersion (for a delete, the one the delete was given)
 * @param before the state before the write, {@code null} for a create
 * @param after the state after the write, {@code null} for a delete
 */
record Change(long resourceVersion, ObjectState before, ObjectState after) {

    /** The watch event line for a watch that sees objects {@code watched} sees, or {@code null} for none. */
    String eventFor(Predicate<ObjectState> watched) {
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
