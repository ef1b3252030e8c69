package io.jenkins.plugins.skylark.platform;

import java.util.List;

/**
 * A delivery stage of a project (dev, test, prod …) on one cluster namespace.
 *
 * @param id DNS-1123 label, unique within its project (two projects may both have {@code dev})
 * @param projectId the owning project
 * @param clusterId the cluster deployed to
 * @param namespace a namespace the project owns on that cluster
 * @param order position in the delivery sequence, unique within the project, lowest first
 * @param protectedEnvironment deploys need approval by one of {@code approvers}
 * @param approvers Jenkins user or group ids allowed to approve; at least one when protected
 * @param trafficRouter the router gray releases use here, offered by the cluster; {@code null} = none
 */
public record Environment(
        String id,
        String projectId,
        String clusterId,
        String namespace,
        int order,
        boolean protectedEnvironment,
        List<String> approvers,
        TrafficRouter trafficRouter) {

    public Environment {
        approvers = Collections2.list(approvers, "approvers");
    }

    /** {@code project/environment}, how users and messages name an environment. */
    public String qualifiedId() {
        return projectId + "/" + id;
    }
}
