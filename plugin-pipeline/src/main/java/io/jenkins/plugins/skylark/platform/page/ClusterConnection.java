package io.jenkins.plugins.skylark.platform.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.skylark.platform.Cluster;
import io.jenkins.plugins.skylark.platform.NamespaceBinding;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.web.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /version} (a wrong token is refused there with 401), then {@code GET /api/v1/namespaces/<ns>} for
 * each namespace a project owns on the cluster: what a deploy needs to find.
 */
final class ClusterConnection {
    private final HttpProbe http;
    private final Locale locale;

    ClusterConnection(HttpProbe http, Locale locale) {
        this.http = http;
        this.locale = locale;
    }

    ConnectionResult test(Cluster cluster, String token, PlatformModel model) {
        String authorization = token == null ? null : "Bearer " + token;
        String base = cluster.apiUrl().replaceAll("/+$", "");
        List<String> details = new ArrayList<>();
        try {
            HttpProbe.Answer version = http.get(URI.create(base + "/version"), authorization,
                    cluster.caCertificatePem(), cluster.skipTlsVerify());
            if (version.status() != 200) {
                return ConnectionResult.failed(refusal(version.status()));
            }
            details.add(PageMessages.get(locale, "cluster.version", gitVersion(version.body())));
            boolean allPresent = true;
            for (String namespace : namespaces(cluster, model)) {
                HttpProbe.Answer answer = http.get(URI.create(base + "/api/v1/namespaces/" + namespace),
                        authorization, cluster.caCertificatePem(), cluster.skipTlsVerify());
                allPresent &= answer.status() == 200;
                details.add(PageMessages.get(locale, answer.status() == 200 ? "cluster.namespace.present"
                        : answer.status() == 404 ? "cluster.namespace.missing" : "cluster.namespace.status",
                        namespace, answer.status()));
            }
            return new ConnectionResult(allPresent,
                    PageMessages.get(locale, allPresent ? "cluster.ok" : "cluster.namespaceProblems", cluster.id()),
                    details);
        } catch (HttpProbe.Unreachable e) {
            return new ConnectionResult(false, e.getMessage(), details);
        }
    }

    private String refusal(int status) {
        return switch (status) {
            case 401 -> PageMessages.get(locale, "connection.unauthorized");
            case 403 -> PageMessages.get(locale, "connection.forbidden");
            default -> PageMessages.get(locale, "connection.status", status);
        };
    }

    private static List<String> namespaces(Cluster cluster, PlatformModel model) {
        return model.projects().stream().flatMap(project -> project.namespaces().stream())
                .filter(binding -> cluster.id().equals(binding.clusterId()))
                .map(NamespaceBinding::namespace).distinct().sorted().toList();
    }

    private static String gitVersion(String body) {
        try {
            return Json.MAPPER.readTree(body).path("gitVersion").asText("?");
        } catch (JsonProcessingException e) {
            return "?";
        }
    }
}
