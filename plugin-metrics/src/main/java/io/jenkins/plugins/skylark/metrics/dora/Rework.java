package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deployment rework rate (the fifth DORA metric, added in the 2024 report): the share of deployments
 * in the period that were made because of a production incident.
 *
 * <p>A deployment is rework when, at or after an incident of its series was first opened, it ships an
 * issue key that is the incident's own key or one the incident links, or it released one of the
 * incident's fix versions (the image tag or the whole version equals the fix version's name). Every
 * such deployment counts, so an incident whose linked issue ships in two deployments makes both rework.
 * A deployment made before the incident opened is not rework for it (it may be the cause).
 *
 * <p>No data ({@link #rate()} {@code null}) when no incident open at some time in the period has a link:
 * without links, rework cannot be told from other work, and 0 % would be a claim we cannot make.
 *
 * @param deployments       deployments in the period (served)
 * @param reworkDeployments of those, rework
 * @param linked            whether an incident in the period had links
 */
public record Rework(int deployments, int reworkDeployments, boolean linked) {

    static final Rework NONE = new Rework(0, 0, false);

    /** The rate 0–1, or {@code null} without linked incidents or without deployments. */
    public Double rate() {
        return !linked || deployments == 0 ? null : (double) reworkDeployments / deployments;
    }

    Rework plus(Rework other) {
        return new Rework(deployments + other.deployments, reworkDeployments + other.reworkDeployments,
                linked || other.linked);
    }

    /**
     * @param deployments the series' deployments that served in the period
     * @param incidents   the series' incident intervals (for when each incident was open)
     * @param links       the series' incident links
     */
    static Rework of(List<CountedDeployment> deployments, List<Incident> incidents, List<IncidentLinks> links,
            ReportPeriod period) {
        Map<String, Instant> opened = new HashMap<>();
        Map<String, Instant> resolved = new HashMap<>();
        Set<String> open = new HashSet<>();
        for (Incident incident : incidents) {
            opened.merge(incident.id(), incident.openedAt(), (a, b) -> a.isBefore(b) ? a : b);
            if (incident.resolvedAt() == null) {
                open.add(incident.id());
            } else {
                resolved.merge(incident.id(), incident.resolvedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        boolean linked = links.stream().anyMatch(l -> l.linked() && opened.containsKey(l.incidentId())
                && opened.get(l.incidentId()).isBefore(period.endInstant())
                && (open.contains(l.incidentId()) || !resolved.get(l.incidentId()).isBefore(period.startInstant())));
        if (!linked) {
            return new Rework(deployments.size(), 0, false);
        }
        int rework = (int) deployments.stream().map(CountedDeployment::deployment)
                .filter(d -> links.stream().anyMatch(l -> opened.containsKey(l.incidentId())
                        && !d.at().isBefore(opened.get(l.incidentId())) && fixes(d, l)))
                .count();
        return new Rework(deployments.size(), rework, true);
    }

    static Rework merge(Collection<Rework> parts) {
        return parts.stream().reduce(NONE, Rework::plus);
    }

    private static boolean fixes(Deployment deployment, IncidentLinks incident) {
        for (String key : deployment.issueKeys()) {
            if (key.equals(incident.incidentId()) || incident.linkedIssues().contains(key)) {
                return true;
            }
        }
        String version = deployment.version();
        return version != null && (incident.fixVersions().contains(version)
                || incident.fixVersions().contains(imageTag(version)));
    }

    /** {@code 1.4.2} of {@code registry:5000/shop/orders:1.4.2@sha256:…}; {@code ""} without a tag. */
    static String imageTag(String reference) {
        String name = reference.contains("@") ? reference.substring(0, reference.indexOf('@')) : reference;
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(colon + 1) : "";
    }
}
