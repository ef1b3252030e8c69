package io.jenkins.plugins.skylark.template;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was computed from a text, kept by the text. Bounded crudely (cleared when full): the texts are
 * those of the loaded templates, so only a runaway set of distinct texts ever fills it. Safe for
 * concurrent renders; two threads may compute the same entry, which is harmless.
 */
final class TextCache<T> {

    private final int limit;
    private final Map<String, T> entries = new ConcurrentHashMap<>();

    TextCache(int limit) {
        this.limit = limit;
    }

    T get(String text, Function<String, T> compute) {
        T found = entries.get(text);
        if (found == null) {
            if (entries.size() >= limit) {
                entries.clear();
            }
            found = compute.apply(text);
            entries.put(text, found);
        }
        return found;
    }
}
