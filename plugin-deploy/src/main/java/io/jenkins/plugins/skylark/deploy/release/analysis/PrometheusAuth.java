package io.jenkins.plugins.skylark.deploy.release.analysis;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How to authenticate to Prometheus: nothing, a bearer token or a user and password, as resolved from
 * a Jenkins credential by the adapter. Never printed: {@link #toString()} names only the kind.
 * Deliberately not serialisable, so it cannot end up in saved state.
 */
public final class PrometheusAuth {

    private static final PrometheusAuth NONE = new PrometheusAuth("none", null);

    private final String kind;
    private final String header;

    private PrometheusAuth(String kind, String header) {
        this.kind = kind;
        this.header = header;
    }

    public static PrometheusAuth none() {
        return NONE;
    }

    public static PrometheusAuth bearer(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the Prometheus bearer token is empty");
        }
        return new PrometheusAuth("bearer token", "Bearer " + token.strip());
    }

    public static PrometheusAuth basic(String user, String password) {
        if (user == null || user.isEmpty() || user.contains(":")) {
            throw new IllegalArgumentException("the Prometheus user must be non-empty and without ':'");
        }
        String pair = user + ":" + (password == null ? "" : password);
        return new PrometheusAuth("basic auth",
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** The {@code Authorization} header value, when there is one. */
    Optional<String> authorization() {
        return Optional.ofNullable(header);
    }

    @Override
    public String toString() {
        return kind;
    }
}
