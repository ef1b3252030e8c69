package io.jenkins.plugins.skylark.delivery.jenkins;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import io.jenkins.plugins.skylark.delivery.PreviousDeploymentInfo;
import java.util.Optional;

/**
 * Where the last successful deployment of an application to an environment is known (the metrics
 * plugin's store implements it). Steps of this plugin ({@code jiraKeys}, automatic issue updates) use
 * it with {@link io.jenkins.plugins.skylark.git.CommitLinker} to find the commits a deployment ships,
 * without depending on the plugin that records deployments.
 */
public abstract class PreviousDeployments implements ExtensionPoint {

    /**
     * The last successful deployment (commit and time) of {@code application} to {@code environment} in
     * {@code project}, or empty when there is none (first deployment) or this source does not know.
     */
    public abstract Optional<PreviousDeploymentInfo> previous(String project, String application, String environment);

    /**
     * Asks every implementation in turn; the first answer wins. Empty when none is installed or none knows:
     * callers then treat the deployment as the first one ({@link io.jenkins.plugins.skylark.git.CommitRange#after}).
     */
    public static Optional<PreviousDeploymentInfo> lookup(String project, String application, String environment) {
        for (PreviousDeployments source : ExtensionList.lookup(PreviousDeployments.class)) {
            Optional<PreviousDeploymentInfo> previous = source.previous(project, application, environment);
            if (previous.isPresent()) {
                return previous;
            }
        }
        return Optional.empty();
    }
}
