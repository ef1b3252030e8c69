package io.jenkins.plugins.skylark.metrics.dora;

import io.jenkins.plugins.skylark.metrics.dora.SeriesTimeline.FailureEpisode;
import io.jenkins.plugins.skylark.metrics.dora.SeriesTimeline.LeadTime;
import io.jenkins.plugins.skylark.metrics.dora.SeriesTimeline.TimedDeployment;
import io.jenkins.plugins.skylark.metrics.dora.SeriesTimeline.TimedIssue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the deployments of one application and environment in time order, over the whole history,
 * and records every fact with its time ({@link SeriesTimeline}); a period is cut from it afterwards:
 * <ul>
 *   <li>a deployment that served traffic counts; {@code NOT_SERVED} only counts as excluded;</li>
 *   <li>a {@code FAILED} deployment, or one a later rollback marks failed, opens a failure; the
 *       next {@code SUCCEEDED} deployment or rollback ends it: one recovery sample per failure
 *       episode, in the period where it ended (consecutive failures are one episode);</li>
 *   <li>lead time: each commit once, at the first {@code SUCCEEDED} deployment that shipped it,
 *       {@code deployment time - committer time}; the first successful deployment adds none (its
 *       change set would be the whole history), nor do failed deployments and rollbacks.</li>
 * </ul>
 * Not thread-safe: one instance per walk.
 */
final class DeploymentTimeline {

    private final Map<String, Instant> failedAt = new HashMap<>();
    private final Set<String> shippedCommits = new HashSet<>();
    private final List<LeadTime> leadTimes = new ArrayList<>();
    private final List<FailureEpisode> episodes = new ArrayList<>();
    private final List<TimedIssue> issues = new ArrayList<>();
    private Deployment lastServed;
    private boolean anySucceeded;
    private Instant failureSince;
    private Instant failureKnownAt;

    private DeploymentTimeline() {
    }

    /** @param deployments of one application and environment, deduplicated, in time order */
    static SeriesTimeline walk(String application, String environment, List<Deployment> deployments) {
        DeploymentTimeline timeline = new DeploymentTimeline();
        deployments.forEach(timeline::apply);
        if (timeline.failureSince != null) {
            timeline.episodes.add(new FailureEpisode(timeline.failureKnownAt, timeline.failureSince, null));
        }
        List<TimedDeployment> timed = deployments.stream()
                .map(d -> new TimedDeployment(d, timeline.failedAt.get(d.idempotencyKey()))).toList();
        return new SeriesTimeline(application, environment, timed, timeline.leadTimes, timeline.episodes,
                timeline.issues);
    }

    private void apply(Deployment d) {
        switch (d.outcome()) {
            case NOT_SERVED -> { }
            case ROLLED_BACK -> rollBack(d);
            case FAILED -> fail(d);
            case SUCCEEDED -> succeed(d);
        }
    }

    private void rollBack(Deployment d) {
        if (lastServed == null) {
            issue(d, DataIssue.Kind.ROLLBACK_WITHOUT_DEPLOYMENT, d.idempotencyKey());
            return;
        }
        if (failedAt.putIfAbsent(lastServed.idempotencyKey(), d.at()) == null && failureSince == null) {
            failureSince = lastServed.at();
            failureKnownAt = d.at();
        }
        recover(d.at());
    }

    private void fail(Deployment d) {
        lastServed = d;
        failedAt.putIfAbsent(d.idempotencyKey(), d.at());
        if (failureSince == null) {
            failureSince = d.at();
            failureKnownAt = d.at();
        }
    }

    private void succeed(Deployment d) {
        recover(d.at());
        if (anySucceeded) {
            d.commits().forEach(c -> leadTime(d, c));
        } else {
            d.commits().forEach(c -> shippedCommits.add(c.id()));
        }
        anySucceeded = true;
        lastServed = d;
    }

    private void leadTime(Deployment d, LinkedCommit commit) {
        if (!shippedCommits.add(commit.id())) {
            return;
        }
        Duration sample = Duration.between(commit.committerTime(), d.at());
        if (sample.isNegative()) {
            issue(d, DataIssue.Kind.NEGATIVE_LEAD_TIME, commit.id());
        } else {
            leadTimes.add(new LeadTime(d.at(), sample));
        }
    }

    private void recover(Instant at) {
        if (failureSince != null) {
            episodes.add(new FailureEpisode(failureKnownAt, failureSince, at));
            failureSince = null;
        }
    }

    private void issue(Deployment d, DataIssue.Kind kind, String subject) {
        issues.add(new TimedIssue(d.at(), new DataIssue(kind, d.application(), d.environment(), subject)));
    }
}
