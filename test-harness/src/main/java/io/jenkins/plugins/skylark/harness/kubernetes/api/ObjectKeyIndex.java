package io.jenkins.plugins.skylark.harness.kubernetes.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stored objects by key (group, version, resource, namespace, name), as etcd keys them. fabric8's CRUD
 * dispatcher finds an object by matching the request's attributes against every stored object, so each read
 * or write costs time in proportion to everything stored; this index answers lookups of one named object
 * directly. It mirrors the dispatcher's map entry for entry: the dispatcher reports every write through
 * {@code processEvent}, under its write lock.
 */
final class ObjectKeyIndex {

    private static final Set<String> KEY_ATTRIBUTES = Set.of(KubernetesAttributesExtractor.API,
            KubernetesAttributesExtractor.VERSION, KubernetesAttributesExtractor.PLURAL,
            KubernetesAttributesExtractor.NAMESPACE, KubernetesAttributesExtractor.NAME);

    private final KubernetesAttributesExtractor extractor;
    private final Map<String, Map.Entry<AttributeSet, String>> entries = new ConcurrentHashMap<>();

    ObjectKeyIndex(KubernetesAttributesExtractor extractor) {
        this.extractor = extractor;
    }

    /** The stored JSON of the object the path names (its subresource ignored), or {@code null}. */
    String get(ResourcePath path) {
        Map.Entry<AttributeSet, String> entry = entries.get(key(path.group(), path.version(), path.plural(),
                path.namespace(), path.name()));
        return entry == null ? null : entry.getValue();
    }

    /**
     * The stored entry for a query that names exactly one object by key; unanswered when the query has other
     * attributes (labels, fields), which only a scan can answer.
     */
    Lookup find(AttributeSet query) {
        if (!query.containsKey(KubernetesAttributesExtractor.NAME)
                || !query.containsKey(KubernetesAttributesExtractor.PLURAL) || !onlyKeyAttributes(query)) {
            return Lookup.UNANSWERED;
        }
        String key = key(query);
        if (key.contains("*")) {
            // a wildcard value matches any object; only a scan answers it
            return Lookup.UNANSWERED;
        }
        Map.Entry<AttributeSet, String> entry = entries.get(key);
        return entry != null && entry.getKey().matches(query) ? new Lookup(true, entry) : Lookup.MISSING;
    }

    /**
     * Follows one write of the dispatcher: {@code old} (if any) left the map, and {@code newState} (if any) was
     * stored under the attributes the dispatcher derives the same way here.
     */
    void written(AttributeSet pathAttributes, AttributeSet old, GenericKubernetesResource resource, String newState) {
        if (old != null) {
            entries.remove(key(old));
        }
        if (newState != null) {
            AttributeSet stored = resource != null ? extractor.extract(resource) : extractor.fromResource(newState);
            if (!stored.containsKey(KubernetesAttributesExtractor.PLURAL)) {
                stored = AttributeSet.merge(pathAttributes, stored);
            }
            entries.put(key(stored), new SimpleImmutableEntry<>(stored, newState));
        }
    }

    void clear() {
        entries.clear();
    }

    private static boolean onlyKeyAttributes(AttributeSet query) {
        List<Attribute> keyAttributes = new ArrayList<>();
        for (String name : KEY_ATTRIBUTES) {
            Attribute attribute = query.getAttribute(name);
            if (attribute != null) {
                keyAttributes.add(attribute);
            }
        }
        return new AttributeSet(keyAttributes).equals(query);
    }

    private static String key(AttributeSet set) {
        return key(value(set, KubernetesAttributesExtractor.API), value(set, KubernetesAttributesExtractor.VERSION),
                value(set, KubernetesAttributesExtractor.PLURAL), value(set, KubernetesAttributesExtractor.NAMESPACE),
                value(set, KubernetesAttributesExtractor.NAME));
    }

    private static String key(String group, String version, String plural, String namespace, String name) {
        return nonNull(group) + '/' + nonNull(version) + '/' + nonNull(plural) + '/' + nonNull(namespace) + '/'
                + nonNull(name);
    }

    private static String value(AttributeSet set, String name) {
        Attribute attribute = set.getAttribute(name);
        return attribute == null || attribute.getValues().isEmpty() ? null : attribute.getValues().get(0).toString();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** The answer of {@link #find}: whether the index could answer, and the entry found (or {@code null}). */
    record Lookup(boolean answered, Map.Entry<AttributeSet, String> entry) {
        static final Lookup UNANSWERED = new Lookup(false, null);
        static final Lookup MISSING = new Lookup(true, null);
    }
}
