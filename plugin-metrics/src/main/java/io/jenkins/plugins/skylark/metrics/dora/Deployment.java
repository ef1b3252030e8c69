package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Instant;
import java.util.List;

/**
 * One deployment fact of an application to an environment.
 *
 * @param idempotencyKey identifies the fact: a replayed build or re-imported history with the same
 *                       key counts once
 * @param application    application name (user text: escaped by every renderer)
 * @param environment    environment name, e.g. {@code production}
 * @param at             when the version started serving (for {@link DeploymentOutcome#ROLLED_BACK},
 *                       when the rollback completed)
 * @param outcome        what the record is, see {@link DeploymentOutcome}
 * @param version        what was deployed (image reference with digest), may be {@code null}
 * @param commits        the commits between the previous successful deployment of the same
 *                       application to the same environment and this one; empty for a redeploy
 *                       without new commits and for rollbacks
 * @param issueKeys      the JIRA issue keys named in those commits' messages (for the rework rate)
 */
public record Deployment(
        String idempotencyKey,
        String application,
        String environment,
        Instant at,
        DeploymentOutcome outcome,
        String version,
        List<LinkedCommit> commits,
        List<String> issueKeys) {

    public Deployment {
        Require.text(idempotencyKey, "Deployment", "idempotencyKey");
        Require.text(application, "Deployment", "application");
        Require.text(environment, "Deployment", "environment");
        Require.present(at, "Deployment", "at");
        Require.present(outcome, "Deployment", "outcome");
        commits = commits == null ? List.of() : List.copyOf(commits);
        issueKeys = issueKeys == null ? List.of() : List.copyOf(issueKeys);
    }

    /** A deployment whose commits name no issue. */
    public Deployment(String idempotencyKey, String application, String environment, Instant at,
            DeploymentOutcome outcome, String version, List<LinkedCommit> commits) {
        this(idempotencyKey, application, environment, at, outcome, version, commits, List.of());
    }

    /** Whether users were exposed to this version: a deployment in the DORA sense. */
    public boolean served() {
        return outcome == DeploymentOutcome.SUCCEEDED || outcome == DeploymentOutcome.FAILED;
    }
}
