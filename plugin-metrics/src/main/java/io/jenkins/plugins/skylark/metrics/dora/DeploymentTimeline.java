package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the deployments of one application and environment in time order, over the whole history,
 * and keeps what falls into the period:
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

    private final ReportPeriod period;
    private final List<CountedDeployment> counted = new ArrayList<>();
    private final Set<String> failedKeys = new HashSet<>();
    private final Set<String> shippedCommits = new HashSet<>();
    private final List<Duration> leadTimes = new ArrayList<>();
    private final List<Duration> recoveryTimes = new ArrayList<>();
    private final List<DataIssue> issues = new ArrayList<>();
    private int rollbacks;
    private int notServed;
    private int openFailures;
    private Deployment lastServed;
    private boolean anySucceeded;
    private Instant failureSince;

    private DeploymentTimeline(ReportPeriod period) {
        this.period = period;
    }

    /** @param deployments of one application and environment, deduplicated, in time order */
    static SeriesFacts walk(List<Deployment> deployments, ReportPeriod period) {
        DeploymentTimeline timeline = new DeploymentTimeline(period);
        deployments.forEach(timeline::apply);
        return timeline.facts(deployments);
    }

    private void apply(Deployment d) {
        switch (d.outcome()) {
            case NOT_SERVED -> notServed += inPeriod(d) ? 1 : 0;
            case ROLLED_BACK -> rollBack(d);
            case FAILED -> fail(d);
            case SUCCEEDED -> succeed(d);
        }
    }

    private void rollBack(Deployment d) {
        rollbacks += inPeriod(d) ? 1 : 0;
        if (lastServed == null) {
            issue(d, DataIssue.Kind.ROLLBACK_WITHOUT_DEPLOYMENT, d.idempotencyKey());
            return;
        }
        if (failedKeys.add(lastServed.idempotencyKey()) && failureSince == null) {
            failureSince = lastServed.at();
        }
        recover(d.at());
    }

    private void fail(Deployment d) {
        lastServed = d;
        failedKeys.add(d.idempotencyKey());
        if (failureSince == null) {
            failureSince = d.at();
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
        } else if (inPeriod(d)) {
            leadTimes.add(sample);
        }
    }

    private void recover(Instant at) {
        if (failureSince == null) {
            return;
        }
        if (period.contains(at)) {
            recoveryTimes.add(Duration.between(failureSince, at));
        } else if (!at.isBefore(period.endInstant()) && failureSince.isBefore(period.endInstant())) {
            openFailures++;
        }
        failureSince = null;
    }

    private SeriesFacts facts(List<Deployment> deployments) {
        if (failureSince != null && failureSince.isBefore(period.endInstant())) {
            openFailures++;
        }
        for (Deployment d : deployments) {
            if (d.served() && inPeriod(d)) {
                counted.add(new CountedDeployment(d, failedKeys.contains(d.idempotencyKey())));
            }
        }
        return new SeriesFacts(counted, rollbacks, notServed, leadTimes, recoveryTimes, openFailures,
                List.of(), 0, issues);
    }

    private void issue(Deployment d, DataIssue.Kind kind, String subject) {
        if (inPeriod(d)) {
            issues.add(new DataIssue(kind, d.application(), d.environment(), subject));
        }
    }

    private boolean inPeriod(Deployment d) {
        return period.contains(d.at());
    }
}
