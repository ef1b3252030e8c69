package io.jenkins.plugins.skylark.metrics.dora;

import java.util.List;

/**
 * Everything the engine computes from. Give the history from before the reported period as well:
 * earlier records decide which deployment is the first, which deployment a rollback marks failed and
 * whether a commit already reached the environment.
 *
 * @param deployments deployment facts in any order; duplicates by idempotency key count once
 * @param incidents   incident intervals in any order
 * @param incidentLinks what incidents link to (issues, fix versions), for the rework rate; one entry per incident
 * @param checks      quality gates and image scans (not DORA facts; the report shows the latest ones)
 */
public record DeliveryHistory(List<Deployment> deployments, List<Incident> incidents,
                              List<IncidentLinks> incidentLinks, List<CheckResult> checks) {

    public DeliveryHistory {
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
        incidentLinks = incidentLinks == null ? List.of() : List.copyOf(incidentLinks);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** Deployments and incidents only: no links, no checks. */
    public DeliveryHistory(List<Deployment> deployments, List<Incident> incidents) {
        this(deployments, incidents, List.of(), List.of());
    }
}
