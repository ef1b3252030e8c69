package io.jenkins.plugins.skylark.metrics.dora;

import java.util.List;

/**
 * Everything the engine computes from. Give the history from before the reported period as well:
 * earlier records decide which deployment is the first, which deployment a rollback marks failed and
 * whether a commit already reached the environment.
 *
 * @param deployments deployment facts in any order; duplicates by idempotency key count once
 * @param incidents   incident intervals in any order
 */
public record DeliveryHistory(List<Deployment> deployments, List<Incident> incidents) {

    public DeliveryHistory {
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
    }
}
