package io.jenkins.plugins.skylark.deploy.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads many workloads with one list call per kind rather than one call per workload. */
public final class Workloads {
    private Workloads() {
    }

    /** The existing ones among {@code workloads}, in their order. */
    public static Map<Workload, HasMetadata> fetch(KubernetesClient client, String namespace,
            Collection<Workload> workloads) {
        Map<Workload, HasMetadata> all = new HashMap<>();
        workloads.stream().map(Workload::kind).distinct().forEach(kind -> kind.list(client, namespace)
                .forEach(object -> all.put(new Workload(kind, object.getMetadata().getName()), object)));
        Map<Workload, HasMetadata> found = new LinkedHashMap<>();
        workloads.stream().filter(all::containsKey).forEach(workload -> found.put(workload, all.get(workload)));
        return found;
    }
}
