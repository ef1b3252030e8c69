package io.jenkins.plugins.skylark.metrics.store;

import java.util.List;

/**
 * The choices a report selector offers for a scope's projects: every application and environment
 * that has recorded deployments or incidents, in name order.
 *
 * @param applications application names
 * @param environments environment names
 */
public record ScopeOptions(List<String> applications, List<String> environments) {

    public ScopeOptions {
        applications = List.copyOf(applications);
        environments = List.copyOf(environments);
    }
}
