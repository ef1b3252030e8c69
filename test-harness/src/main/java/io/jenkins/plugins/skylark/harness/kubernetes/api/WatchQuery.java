package io.jenkins.plugins.skylark.harness.kubernetes.api;

import java.time.Duration;
import java.util.Map;

/**
 * What an HTTP-streaming watch asks for: the kind, the namespace (or all), the selectors, where to start and
 * how long to stream. {@code allowWatchBookmarks} is ignored (a server may send no bookmarks);
 * {@code sendInitialEvents} is refused as by a server without the WatchList feature, so clients fall back to
 * list and watch.
 *
 * @param type the kind watched
 * @param namespace the namespace, or {@code null} for all (and for cluster-scoped kinds)
 * @param selectors field and label selectors (a name in the path counts as a {@code metadata.name} selector)
 * @param resourceVersion changes after this one; {@code null} (absent or "0") for the current objects first
 * @param timeout when the server ends the stream
 */
record WatchQuery(ResourceType type, String namespace, Selectors selectors, Long resourceVersion, Duration timeout) {

    /** Without {@code timeoutSeconds} a real server picks 30 to 60 minutes ({@code --min-request-timeout}). */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    static WatchQuery of(ResourcePath path, ApiResourceCatalog catalog) {
        ResourceType type = catalog.find(path.group(), path.version(), path.plural())
                .orElseThrow(ApiException::noSuchResource);
        Map<String, String> query = path.query();
        if ("true".equals(query.get("sendInitialEvents"))) {
            throw ApiException.invalid("sendInitialEvents: Forbidden: sendInitialEvents is forbidden for watch "
                    + "unless the WatchList feature gate is enabled");
        }
        String fields = query.get("fieldSelector");
        if (path.name() != null) {
            fields = (fields == null || fields.isBlank() ? "" : fields + ",") + Selectors.NAME + "=" + path.name();
        }
        return new WatchQuery(type, type.namespaced() ? path.namespace() : null,
                Selectors.parse(fields, query.get("labelSelector")), resourceVersion(query.get("resourceVersion")),
                timeout(query.get("timeoutSeconds")));
    }

    /** Whether this watch sees the object in this state. */
    boolean sees(ObjectState object) {
        return object.group().equals(type.group()) && object.kind().equals(type.kind())
                && (namespace == null || namespace.equals(object.namespace())) && selectors.matches(object);
    }

    private static Long resourceVersion(String value) {
        if (value == null || value.isEmpty() || value.equals("0")) {
            return null;
        }
        try {
            long version = Long.parseLong(value);
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("invalid resource version: " + value);
    }

    private static Duration timeout(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            long seconds = Long.parseLong(value);
            return seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_TIMEOUT;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid timeoutSeconds: " + value);
        }
    }
}
