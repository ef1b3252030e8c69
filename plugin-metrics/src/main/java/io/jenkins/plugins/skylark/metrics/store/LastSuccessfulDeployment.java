package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.PreviousDeploymentInfo;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Which deployment is "the previous successful one", by the engine's rule: a rollback marks the
 * previous served deployment (succeeded or failed) as failed; a deployment that never served counts
 * for nothing. Rollbacks unwind in turn: two rollbacks after v1, v2, v3 leave v1 as the last success.
 * Deployments recorded without a commit (done outside Jenkins, no repository) are passed over: the
 * linker needs a commit to diff against.
 */
final class LastSuccessfulDeployment {

    /** One stored deployment row, oldest first. */
    record Entry(DeploymentOutcome outcome, String commitId, Instant deployedAt) {
    }

    private LastSuccessfulDeployment() {
    }

    static Optional<PreviousDeploymentInfo> find(List<Entry> chronological) {
        Deque<Entry> served = new ArrayDeque<>();
        for (Entry entry : chronological) {
            switch (entry.outcome()) {
                case SUCCEEDED, FAILED -> served.push(entry);
                case ROLLED_BACK -> served.poll();
                case NOT_SERVED -> { }
            }
        }
        return served.stream()
                .filter(entry -> entry.outcome() == DeploymentOutcome.SUCCEEDED && entry.commitId() != null)
                .findFirst()
                .map(entry -> new PreviousDeploymentInfo(entry.commitId(), entry.deployedAt()));
    }
}
