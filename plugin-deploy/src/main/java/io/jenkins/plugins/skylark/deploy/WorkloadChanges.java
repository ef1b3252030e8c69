package io.jenkins.plugins.skylark.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.rollout.RevisionHistory;
import io.jenkins.plugins.skylark.deploy.workload.Workload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Which workloads a write changed, and the revision each had before: what a rollback returns to. */
final class WorkloadChanges {
    private WorkloadChanges() {
    }

    static Map<Workload, HasMetadata> byWorkload(List<HasMetadata> applied) {
        Map<Workload, HasMetadata> map = new LinkedHashMap<>();
        applied.forEach(object -> Workload.of(object).ifPresent(workload -> map.put(workload, object)));
        return map;
    }

    /** Changed = new, or generation moved (an API server keeps it when a write changes no spec field). */
    static Map<Workload, Long> previousRevisions(KubernetesClient client, String namespace,
            Map<Workload, HasMetadata> before, Map<Workload, HasMetadata> after) {
        RevisionHistory history = RevisionHistory.snapshot(client, namespace);
        Map<Workload, Long> previous = new LinkedHashMap<>();
        after.forEach((workload, now) -> {
            HasMetadata old = before.get(workload);
            Long oldGeneration = old == null ? null : old.getMetadata().getGeneration();
            if (old == null || oldGeneration == null || !Objects.equals(oldGeneration, now.getMetadata().getGeneration())) {
                previous.put(workload, old == null ? 0L : history.current(old));
            }
        });
        return previous;
    }
}
