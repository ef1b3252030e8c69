package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The samples and counts of one application and environment in a period, before any statistic is
 * taken. Facts of several series are merged sample by sample, so totals are computed from samples.
 *
 * @param deployments         deployments that served traffic in the period
 * @param rollbacks           rollbacks in the period
 * @param notServed           attempts in the period that never served traffic
 * @param leadTimes           per-commit lead times of deployments in the period
 * @param recoveryTimes       failed-deployment recovery times that ended in the period
 * @param openFailures        failures started before the period's end and not recovered by then
 * @param incidentRestoreTimes incident durations (first opening to last resolution) resolved in the period
 * @param openIncidents       incidents opened before the period's end and not resolved by then
 * @param issues              facts left out, in the period
 */
public record SeriesFacts(
        List<CountedDeployment> deployments, int rollbacks, int notServed,
        List<Duration> leadTimes, List<Duration> recoveryTimes, int openFailures,
        List<Duration> incidentRestoreTimes, int openIncidents, List<DataIssue> issues) {

    public SeriesFacts {
        deployments = List.copyOf(deployments);
        leadTimes = List.copyOf(leadTimes);
        recoveryTimes = List.copyOf(recoveryTimes);
        incidentRestoreTimes = List.copyOf(incidentRestoreTimes);
        issues = List.copyOf(issues);
    }

    /** Pools the samples and adds the counts of several series. */
    public static SeriesFacts merge(Collection<SeriesFacts> parts) {
        SeriesFacts total = new SeriesFacts(List.of(), 0, 0, List.of(), List.of(), 0, List.of(), 0, List.of());
        for (SeriesFacts part : parts) {
            total = total.plus(part);
        }
        return total;
    }

    SeriesFacts plus(SeriesFacts o) {
        return new SeriesFacts(concat(deployments, o.deployments), rollbacks + o.rollbacks, notServed + o.notServed,
                concat(leadTimes, o.leadTimes), concat(recoveryTimes, o.recoveryTimes), openFailures + o.openFailures,
                concat(incidentRestoreTimes, o.incidentRestoreTimes), openIncidents + o.openIncidents,
                concat(issues, o.issues));
    }

    SeriesFacts withIncidents(List<Duration> restoreTimes, int open, List<DataIssue> incidentIssues) {
        return new SeriesFacts(deployments, rollbacks, notServed, leadTimes, recoveryTimes, openFailures,
                restoreTimes, open, concat(issues, incidentIssues));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
