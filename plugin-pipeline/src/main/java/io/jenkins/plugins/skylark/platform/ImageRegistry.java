package io.jenkins.plugins.skylark.platform;

import java.net.URI;

/**
 * An image registry.
 *
 * <p>{@code url} is either a URL with scheme ({@code https://harbor.example.com}, or
 * {@code http://localhost:5000} which needs {@code insecure}) or, as in image references, a bare
 * {@code host[:port]} ({@code harbor.example.com}, {@code localhost:5000}); a bare host means
 * {@code https}, or {@code http} when {@code insecure} is set.
 *
 * @param id DNS-1123 label, unique among registries
 * @param url see above
 * @param credentialsId Jenkins username/password credentials id; optional (anonymous access)
 * @param kind Harbor or plain OCI
 * @param insecure allow plain HTTP and unchecked certificates; meant for loopback test registries
 * @param createProjects Harbor: a missing Harbor project is created (with these credentials) on first push
 * @param webhookSecretId Harbor: secret text that Harbor's webhook policy sends as its auth header;
 *     {@code null} = webhooks from this registry are refused and scans are polled
 */
public record ImageRegistry(String id, String url, String credentialsId, RegistryKind kind, boolean insecure,
        boolean createProjects, String webhookSecretId) {

    /** A registry as before Harbor projects and webhooks were configured: neither. */
    public ImageRegistry(String id, String url, String credentialsId, RegistryKind kind, boolean insecure) {
        this(id, url, credentialsId, kind, insecure, false, null);
    }

    /** The API endpoint with scheme and without trailing slash, e.g. {@code https://harbor.example.com}. */
    public URI endpoint() {
        String text = url.strip();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(hasScheme(text) ? text : (insecure ? "http://" : "https://") + text);
    }

    /** The {@code host[:port]} that prefixes image references pushed to this registry. */
    public String host() {
        URI endpoint = endpoint();
        return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }

    static boolean hasScheme(String url) {
        return url.contains("://");
    }
}
