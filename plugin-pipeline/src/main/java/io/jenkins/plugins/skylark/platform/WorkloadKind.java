package io.jenkins.plugins.skylark.platform;

/** The Kubernetes workload kinds an application can consist of. */
public enum WorkloadKind {
    DEPLOYMENT("Deployment"),
    STATEFUL_SET("StatefulSet"),
    DAEMON_SET("DaemonSet");

    private final String kubernetesKind;

    WorkloadKind(String kubernetesKind) {
        this.kubernetesKind = kubernetesKind;
    }

    /** The {@code kind} as written in Kubernetes manifests, e.g. {@code StatefulSet}. */
    public String kubernetesKind() {
        return kubernetesKind;
    }

    /**
     * Parses a Kubernetes kind ({@code StatefulSet}) or the constant name ({@code STATEFUL_SET}),
     * case-insensitively.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static WorkloadKind parse(String value) {
        return EnumNames.parse(WorkloadKind.class, WorkloadKind::kubernetesKind, value, "WorkloadKind.unknown");
    }
}
