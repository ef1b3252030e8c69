package io.jenkins.plugins.skylark.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.deploy.workload.Workload;
import io.jenkins.plugins.skylark.deploy.workload.Workloads;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Fingerprints of workloads' pod templates: how a resumed wait tells that the rollout it waits for is
 * still this step's. The template, not the generation: an autoscaler changing replicas moves the
 * generation but leaves this step's change in place.
 */
final class TemplateFingerprints {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(TemplateFingerprints.class);

    private TemplateFingerprints() {
    }

    /** The writes' checkpoint: {@code workloads} as they are now. */
    static Progress.Applied applied(KubernetesClient client, String namespace, List<Workload> workloads,
            Map<Workload, Long> previous, List<String> rolledBack, String version) {
        return new Progress.Applied(workloads, of(client, namespace, workloads), previous, rolledBack, version);
    }

    /** Why the workloads are no longer as the writes left them, or empty when they are. */
    static Optional<String> replaced(KubernetesClient client, String namespace, Progress.Applied applied) {
        Map<Workload, String> now = of(client, namespace, applied.workloads());
        for (Map.Entry<Workload, String> then : applied.templates().entrySet()) {
            if (!Objects.equals(then.getValue(), now.get(then.getKey()))) {
                return Optional.of(TEXT.format("template.replaced", then.getKey(), namespace));
            }
        }
        return Optional.empty();
    }

    private static Map<Workload, String> of(KubernetesClient client, String namespace, List<Workload> workloads) {
        Map<Workload, String> fingerprints = new LinkedHashMap<>();
        Workloads.fetch(client, namespace, workloads).forEach((workload, object) ->
                fingerprints.put(workload, fingerprint(client, workload, object)));
        return fingerprints;
    }

    private static String fingerprint(KubernetesClient client, Workload workload, HasMetadata object) {
        String json = client.getKubernetesSerialization().asJson(workload.kind().template(object));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
