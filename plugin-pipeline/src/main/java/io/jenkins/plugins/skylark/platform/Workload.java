package io.jenkins.plugins.skylark.platform;

import java.util.List;

/**
 * One Kubernetes workload of an application.
 *
 * @param kind Deployment, StatefulSet or DaemonSet
 * @param name DNS-1123 subdomain (the object's {@code metadata.name})
 * @param containers names of the containers whose image the application's builds replace; at least one
 */
public record Workload(WorkloadKind kind, String name, List<String> containers) {

    public Workload {
        containers = Collections2.list(containers, "containers");
    }
}
