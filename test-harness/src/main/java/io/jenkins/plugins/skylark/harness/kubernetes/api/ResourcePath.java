package io.jenkins.plugins.skylark.harness.kubernetes.api;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Kubernetes REST path: {@code /api/v1[/namespaces/NS]/PLURAL[/NAME[/SUBRESOURCE]]} or the same
 * under {@code /apis/GROUP/VERSION}, with its query parameters.
 *
 * @param group API group, empty for the core group
 * @param version API version
 * @param namespace namespace, or {@code null} for cluster-wide requests
 * @param plural resource name (plural), e.g. {@code deployments}
 * @param name object name, or {@code null} for collection requests
 * @param subresource e.g. {@code status} or {@code scale}, or {@code null}
 * @param query decoded query parameters
 */
public record ResourcePath(String group, String version, String namespace, String plural, String name,
        String subresource, Map<String, String> query) {

    /** Parses a request path; empty when the path does not address a resource (discovery, version …). */
    public static Optional<ResourcePath> parse(String rawPath) {
        URI uri = URI.create(rawPath);
        String[] s = trimSlashes(uri.getRawPath()).split("/");
        int i;
        String group;
        if (s.length >= 3 && s[0].equals("api")) {
            group = "";
            i = 1;
        } else if (s.length >= 4 && s[0].equals("apis")) {
            group = s[1];
            i = 2;
        } else {
            return Optional.empty();
        }
        String version = s[i++];
        String namespace = null;
        boolean namespaceSubresource = s.length - i == 3 && (s[i + 2].equals("status") || s[i + 2].equals("finalize"));
        if (s.length - i >= 3 && s[i].equals("namespaces") && !namespaceSubresource) {
            namespace = s[i + 1];
            i += 2;
        }
        String plural = s[i++];
        String name = i < s.length ? s[i++] : null;
        String sub = i < s.length ? s[i++] : null;
        if (i < s.length) {
            return Optional.empty();
        }
        return Optional.of(new ResourcePath(group, version, namespace, plural, name, sub, query(uri.getRawQuery())));
    }

    /** {@code group/version}, or just the version for the core group. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** The path of the object itself (no subresource, no query). */
    public String objectPath() {
        return collectionPath() + "/" + name;
    }

    /** The path of the collection the object lives in. */
    public String collectionPath() {
        String prefix = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
        return prefix + (namespace == null ? "" : "/namespaces/" + namespace) + "/" + plural;
    }

    /** The same path without its subresource: the object itself. */
    public ResourcePath withoutSubresource() {
        return new ResourcePath(group, version, namespace, plural, name, null, query);
    }

    public boolean isWatch() {
        return "true".equals(query.get("watch")) || "1".equals(query.get("watch"));
    }

    public boolean isDryRun() {
        return query.containsKey("dryRun");
    }

    private static String trimSlashes(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            result.put(decode(key), decode(value));
        }
        return result;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
