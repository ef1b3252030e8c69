package io.jenkins.plugins.skylark.harness.kubernetes.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The HTTP-streaming watches of the fake API server (kubectl's; fabric8 clients watch over WebSocket, which
 * fabric8's dispatcher serves) and the last changes (10,000 by default), so that a client that lists and then
 * watches from the list's resourceVersion misses nothing. A watch from an older resourceVersion gets a 410
 * {@code Expired} ERROR event, as from a real server whose watch cache has moved on.
 *
 * <p>Every write of the store is applied inside {@link #write} (under this hub's lock), and a watch is opened
 * under the same lock, so it sees each write either in the current objects it starts with or as a change after
 * them: no gap, no duplicate. Events go to each stream in resourceVersion order.
 */
final class WatchStreams {

    /** The stored JSON of every object in a collection path (all namespaces when it names none). */
    private final Function<String, List<String>> store;
    private final int capacity;
    private final Deque<Change> history = new ArrayDeque<>();
    private final Set<WatchStream> streams = new LinkedHashSet<>();
    /** The newest resourceVersion no longer in the history: watches from before it are expired. */
    private long compactedThrough;

    WatchStreams(Function<String, List<String>> store, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the watch history must hold at least one change, was " + capacity);
        }
        this.store = store;
        this.capacity = capacity;
    }

    /**
     * Applies one write of the store and sends it to the watches that see it.
     *
     * @param before the object's stored JSON before the write, {@code null} for a create
     * @param after its stored JSON after the write, {@code null} for a delete
     * @param nextVersion gives a delete its resourceVersion (the store gives the others theirs)
     * @param apply the write itself
     */
    synchronized void write(String before, String after, LongSupplier nextVersion, Runnable apply) {
        apply.run();
        long version = after == null ? 0 : ObjectState.resourceVersionOf(after);
        if (before != null && after != null && ObjectState.resourceVersionOf(before) == version) {
            return; // nothing changed: the store keeps the resourceVersion and a real server sends no event
        }
        // the states are parsed only when a watch needs them: most writes are never sent anywhere
        Change change = new Change(after == null ? nextVersion.getAsLong() : version, Change.lazy(before),
                Change.lazy(after));
        history.addLast(change);
        if (history.size() > capacity) {
            compactedThrough = history.removeFirst().resourceVersion();
        }
        for (WatchStream stream : streams) {
            send(stream, change);
        }
    }

    /** Starts a watch: the current objects (or the changes after its resourceVersion), then every change. */
    synchronized void open(WatchQuery query, WatchStream stream) {
        Long from = query.resourceVersion();
        if (from == null) {
            ResourceType type = query.type();
            String collection = new ResourcePath(type.group(), type.version(), query.namespace(), type.plural(), null,
                    null, Map.of()).collectionPath();
            store.apply(collection).stream().map(ObjectState::of).filter(query::sees)
                    .forEach(object -> stream.send(Change.event("ADDED", object.json())));
        } else if (from < compactedThrough) {
            stream.send(Change.event("ERROR", new ApiException(410, "Expired", "too old resource version: " + from
                    + " (" + compactedThrough + ")").status().toString()));
            stream.end();
            return;
        } else {
            history.stream().filter(change -> change.resourceVersion() > from).forEach(change -> send(stream, change));
        }
        streams.add(stream);
    }

    /** Forgets a stream that ended or whose client went away. */
    synchronized void remove(WatchStream stream) {
        streams.remove(stream);
    }

    /** How many streams are open. */
    synchronized int size() {
        return streams.size();
    }

    /** Ends every stream (the server is going away). */
    synchronized void endAll() {
        streams.forEach(WatchStream::end);
        streams.clear();
    }

    /** After the store was emptied without events: ends the streams, and older resourceVersions expire. */
    synchronized void reset(long resourceVersion) {
        endAll();
        history.clear();
        compactedThrough = resourceVersion;
    }

    private static void send(WatchStream stream, Change change) {
        String line = change.eventFor(stream.query()::sees);
        if (line != null) {
            stream.send(line);
        }
    }
}
