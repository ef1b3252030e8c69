package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import java.time.Instant;
import java.util.List;

/**
 * One stored deployment record behind a report's figures, for links from the page.
 *
 * @param project     the project it was recorded for, or {@code null}
 * @param application application name
 * @param environment environment name
 * @param at          when it served (for a rollback: when the rollback completed)
 * @param outcome     the stored outcome (a later rollback is a record of its own)
 * @param version     what was deployed, may be {@code null}
 * @param buildUrl    the build that recorded it, may be {@code null}
 * @param commitIds   the commits it shipped, oldest committer time first
 */
public record DeploymentLink(String project, String application, String environment, Instant at,
                             DeploymentOutcome outcome, String version, String buildUrl, List<String> commitIds) {

    public DeploymentLink {
        commitIds = List.copyOf(commitIds);
    }
}
