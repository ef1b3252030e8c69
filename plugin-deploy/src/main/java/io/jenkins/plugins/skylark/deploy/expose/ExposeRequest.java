package io.jenkins.plugins.skylark.deploy.expose;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
        boolean createService, String buildUrl) implements Serializable {

    /** Copies keep {@code null} elements, so that the validator names them instead of a NullPointerException. */
    public ExposeRequest {
        hosts = hosts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(hosts));
        paths = paths == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(paths));
        annotations = annotations == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
        allowedAnnotations = allowedAnnotations == null ? List.of()
                : allowedAnnotations.stream().filter(entry -> entry != null && !entry.isBlank()).toList();
    }

    /** The same request, with or without the Service (decided against the cluster right before applying). */
    public ExposeRequest withCreateService(boolean value) {
        return new ExposeRequest(application, namespace, hosts, paths, port, tlsSecret, router, annotations,
                allowedAnnotations, value, buildUrl);
    }
}
