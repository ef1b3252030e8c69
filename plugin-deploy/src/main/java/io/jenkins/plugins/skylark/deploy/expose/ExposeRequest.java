package io.jenkins.plugins.skylark.deploy.expose;

import java.util.List;
import java.util.Map;

/**
 * What to expose: the application's Service port under {@code hosts} and {@code paths} through
 * {@code router}. {@code tlsSecret} may be {@code null}; {@code annotations} must all be allowed by
 * {@code allowedAnnotations}, the administrator's list (exact keys, or {@code prefix/*}).
 * {@code createService} when the manifests brought no Service named like the application.
 */
public record ExposeRequest(String application, String namespace, List<String> hosts, List<ExposePath> paths,
        int port, String tlsSecret, Router router, Map<String, String> annotations, List<String> allowedAnnotations,
        boolean createService, String buildUrl) {

    public ExposeRequest {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        paths = paths == null ? List.of() : List.copyOf(paths);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
        allowedAnnotations = allowedAnnotations == null ? List.of() : List.copyOf(allowedAnnotations);
    }
}
