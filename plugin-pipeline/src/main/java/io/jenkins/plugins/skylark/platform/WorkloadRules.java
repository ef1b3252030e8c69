package io.jenkins.plugins.skylark.platform;

import java.util.List;

/** Rules for an application's workloads: kind, object name, containers, no workload listed twice. */
final class WorkloadRules {

    private WorkloadRules() {
    }

    static void check(Problems.Subject subject, List<Workload> workloads) {
        if (workloads.isEmpty()) {
            subject.add("workloads", "workloads.required");
            return;
        }
        List<Workload> earlier = ObjectIds.earlierWithSameKey(workloads,
                workload -> workload.kind() == null ? null : ObjectIds.keyOf(workload.kind().name(), workload.name()));
        for (int i = 0; i < workloads.size(); i++) {
            Workload workload = workloads.get(i);
            String field = "workloads[" + i + "]";
            subject.required(field + ".kind", workload.kind());
            if (subject.required(field + ".name", workload.name())) {
                if (!KubernetesNames.isSubdomain(workload.name())) {
                    subject.add(field + ".name", "name.invalid", workload.name());
                } else if (earlier.get(i) != null) {
                    subject.add(field, "workload.duplicate", workload.kind().kubernetesKind(), workload.name());
                }
            }
            checkContainers(subject, field, workload.containers());
        }
    }

    private static void checkContainers(Problems.Subject subject, String workloadField, List<String> containers) {
        if (containers.isEmpty()) {
            subject.add(workloadField + ".containers", "containers.required");
            return;
        }
        List<String> earlier = ObjectIds.earlierWithSameKey(containers, name -> name);
        for (int i = 0; i < containers.size(); i++) {
            String field = workloadField + ".containers[" + i + "]";
            if (subject.label(field, containers.get(i), "container.invalid") && earlier.get(i) != null) {
                subject.add(field, "container.duplicate", containers.get(i));
            }
        }
    }
}
