package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What walking one application and environment's deployments in time order says, with the time of
 * every fact and no report period: a store can keep it up to date as deployments arrive and cut any
 * period from it later ({@link #facts}). Each fact depends only on the deployments before it, so
 * the facts of a history that ends earlier are those known before its end.
 *
 * @param application application name
 * @param environment environment name
 * @param deployments every deployment record, in walk order, with when it became failed
 * @param leadTimes   per-commit lead times (see {@link DeploymentTimeline}), each at its deployment's time
 * @param episodes    failure episodes (consecutive failures are one)
 * @param issues      data issues in walk order, each at its deployment's time
 */
public record SeriesTimeline(String application, String environment, List<TimedDeployment> deployments,
                             List<LeadTime> leadTimes, List<FailureEpisode> episodes, List<TimedIssue> issues) {

    /**
     * @param deployment the record
     * @param failedAt   when it became failed: its own time for {@code FAILED}, the time of the
     *                   rollback that marked it otherwise; {@code null} while it has not failed
     */
    public record TimedDeployment(Deployment deployment, Instant failedAt) {
    }

    /** One commit's lead time, counted at {@code deployedAt}. */
    public record LeadTime(Instant deployedAt, Duration duration) {
    }

    /**
     * @param knownAt   time of the record that opened the episode (a failed deployment, or a rollback
     *                  that marked the last served deployment failed)
     * @param startedAt when the failure began (the failed deployment's time)
     * @param endedAt   when the next successful deployment or rollback ended it; {@code null} while open
     */
    public record FailureEpisode(Instant knownAt, Instant startedAt, Instant endedAt) {
    }

    /** A data issue found at the deployment of time {@code at}. */
    public record TimedIssue(Instant at, DataIssue issue) {
    }

    public SeriesTimeline {
        Require.text(application, "SeriesTimeline", "application");
        Require.text(environment, "SeriesTimeline", "environment");
        deployments = List.copyOf(deployments);
        leadTimes = List.copyOf(leadTimes);
        episodes = List.copyOf(episodes);
        issues = List.copyOf(issues);
    }

    static SeriesTimeline empty(String application, String environment) {
        return new SeriesTimeline(application, environment, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The facts of {@code period} as a walk over this series' records before {@code historyEnd}
     * (at or after the period's end) finds them. The engine gives {@link Instant#MAX} (everything it was
     * given counts); a store that reports from a history cut at the period's end gives that end.
     */
    public SeriesFacts facts(ReportPeriod period, Instant historyEnd) {
        List<CountedDeployment> counted = new ArrayList<>();
        int rollbacks = 0;
        int notServed = 0;
        for (TimedDeployment timed : deployments) {
            Deployment d = timed.deployment();
            if (!period.contains(d.at())) {
                continue;
            }
            switch (d.outcome()) {
                case ROLLED_BACK -> rollbacks++;
                case NOT_SERVED -> notServed++;
                case SUCCEEDED, FAILED -> counted.add(new CountedDeployment(d,
                        timed.failedAt() != null && timed.failedAt().isBefore(historyEnd)));
            }
        }
        List<Duration> leads = leadTimes.stream().filter(l -> period.contains(l.deployedAt()))
                .map(LeadTime::duration).toList();
        List<Duration> recoveries = new ArrayList<>();
        int openFailures = 0;
        Instant end = period.endInstant();
        for (FailureEpisode episode : episodes) {
            if (!episode.knownAt().isBefore(historyEnd)) {
                continue;
            }
            Instant ended = episode.endedAt() != null && episode.endedAt().isBefore(historyEnd) ? episode.endedAt() : null;
            if (ended != null && period.contains(ended)) {
                recoveries.add(Duration.between(episode.startedAt(), ended));
            } else if ((ended == null || !ended.isBefore(end)) && episode.startedAt().isBefore(end)) {
                openFailures++;
            }
        }
        List<DataIssue> inPeriod = issues.stream().filter(i -> period.contains(i.at())).map(TimedIssue::issue).toList();
        return new SeriesFacts(counted, rollbacks, notServed, leads, recoveries, openFailures, List.of(), 0, inPeriod);
    }
}
