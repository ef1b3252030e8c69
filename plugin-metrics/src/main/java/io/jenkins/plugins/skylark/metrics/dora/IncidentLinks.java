package io.jenkins.plugins.skylark.metrics.dora;

import java.util.Set;
import java.util.TreeSet;

/**
 * What an incident links to in its source system (JIRA: linked issues and fix versions), gathered
 * from all its recorded events.
 *
 * @param incidentId   the incident's id (a JIRA issue key for imported incidents)
 * @param application  affected application
 * @param environment  affected environment
 * @param linkedIssues keys of the issues the incident links
 * @param fixVersions  names of the versions that fix it
 */
public record IncidentLinks(String incidentId, String application, String environment, Set<String> linkedIssues,
                            Set<String> fixVersions) {

    public IncidentLinks {
        Require.text(incidentId, "IncidentLinks", "incidentId");
        Require.text(application, "IncidentLinks", "application");
        Require.text(environment, "IncidentLinks", "environment");
        linkedIssues = linkedIssues == null ? Set.of() : Set.copyOf(new TreeSet<>(linkedIssues));
        fixVersions = fixVersions == null ? Set.of() : Set.copyOf(new TreeSet<>(fixVersions));
    }

    /** Whether the source recorded any link at all; without any, rework cannot be told from other work. */
    public boolean linked() {
        return !linkedIssues.isEmpty() || !fixVersions.isEmpty();
    }
}
