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
 * @param fourEyes a protected environment's approver must not be the user who started the build
 * @param exposure how applications are exposed here; {@code null} = {@link Exposure#DEFAULT}
 * @param release how gray releases run here; {@code null} = {@link ReleaseSettings#NONE}
 * @param issueUpdates what a deploy here does to the JIRA issues it ships; {@code null} = {@link IssueUpdates#NONE}
 */
public record Environment(
        String id,
        String projectId,
        String clusterId,
        String namespace,
        int order,
        boolean protectedEnvironment,
        List<String> approvers,
        TrafficRouter trafficRouter,
        boolean fourEyes,
        Exposure exposure,
        ReleaseSettings release,
        IssueUpdates issueUpdates) {

    public Environment {
        approvers = Collections2.list(approvers, "approvers");
        exposure = exposure == null ? Exposure.DEFAULT : exposure;
        release = release == null ? ReleaseSettings.NONE : release;
        issueUpdates = issueUpdates == null ? IssueUpdates.NONE : issueUpdates;
    }

    /** The environment as before issue updates existed: {@link IssueUpdates#NONE}. */
    public Environment(String id, String projectId, String clusterId, String namespace, int order,
            boolean protectedEnvironment, List<String> approvers, TrafficRouter trafficRouter, boolean fourEyes,
            Exposure exposure, ReleaseSettings release) {
        this(id, projectId, clusterId, namespace, order, protectedEnvironment, approvers, trafficRouter, fourEyes,
                exposure, release, null);
    }

    /** The environment as before release settings existed: {@link ReleaseSettings#NONE}. */
    public Environment(String id, String projectId, String clusterId, String namespace, int order,
            boolean protectedEnvironment, List<String> approvers, TrafficRouter trafficRouter, boolean fourEyes,
            Exposure exposure) {
        this(id, projectId, clusterId, namespace, order, protectedEnvironment, approvers, trafficRouter, fourEyes,
                exposure, null);
    }

    /** The environment as before exposure and four-eyes settings existed: no four eyes, the default exposure. */
    public Environment(String id, String projectId, String clusterId, String namespace, int order,
            boolean protectedEnvironment, List<String> approvers, TrafficRouter trafficRouter) {
        this(id, projectId, clusterId, namespace, order, protectedEnvironment, approvers, trafficRouter, false, null,
                null);
    }

    /** {@code project/environment}, how users and messages name an environment. */
    public String qualifiedId() {
        return projectId + "/" + id;
    }
}
