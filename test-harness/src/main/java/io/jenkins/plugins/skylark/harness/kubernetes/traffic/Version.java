package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import java.util.Objects;

/**
 * A version of an application as the simulator tells them apart: the workload (Deployment, StatefulSet or
 * DaemonSet name; a bare pod's own name) whose ready pod served a request.
 *
 * @param namespace the workload's namespace
 * @param workload the workload's name, e.g. {@code orders} (stable) or {@code orders-canary}
 */
public record Version(String namespace, String workload) {

    public Version {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(workload, "workload");
    }

    @Override
    public String toString() {
        return namespace + "/" + workload;
    }
}
