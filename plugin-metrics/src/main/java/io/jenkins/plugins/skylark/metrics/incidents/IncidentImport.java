package io.jenkins.plugins.skylark.metrics.incidents;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.jira.JiraIssue;
import io.jenkins.plugins.skylark.metrics.store.DeliveryRecorder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports one project's incidents: searches its JQL, maps each issue ({@link IncidentMapping}) and
 * records the events once each. Safe to run again and again: known events are skipped by key.
 */
public final class IncidentImport {

    /** Most issues read per project and run; the JQL should bound the window ({@code created >= -90d}). */
    public static final int MAX_ISSUES = 1000;

    /** A JIRA search ({@code JiraClient::search}). */
    @FunctionalInterface
    public interface IssueSearch {
        List<JiraIssue> search(String jql, int max) throws IOException, InterruptedException;
    }

    private final DeliveryRecorder recorder;

    public IncidentImport(DeliveryRecorder recorder) {
        this.recorder = recorder;
    }

    /**
     * @throws IOException when JIRA cannot be searched (nothing is recorded then)
     */
    public ImportResult run(IncidentSource source, IssueSearch search) throws IOException, InterruptedException {
        List<JiraIssue> issues = search.search(source.jql(), MAX_ISSUES);
        IncidentMapping mapping = new IncidentMapping(source);
        int recorded = 0;
        int known = 0;
        List<String> unassigned = new ArrayList<>();
        for (JiraIssue issue : issues) {
            Optional<String> application = mapping.application(issue);
            if (application.isEmpty()) {
                unassigned.add(issue.key());
                continue;
            }
            for (DeliveryEvent event : mapping.events(issue, application.get())) {
                if (recorder.record(event, List.of())) {
                    recorded++;
                } else {
                    known++;
                }
            }
        }
        return new ImportResult(source.projectId(), issues.size(), recorded, known, unassigned);
    }

    /**
     * What one run did.
     *
     * @param projectId  the Skylark project
     * @param issues     issues the JQL returned
     * @param recorded   new events stored
     * @param known      events already stored (re-import)
     * @param unassigned keys of issues whose application could not be told
     */
    public record ImportResult(String projectId, int issues, int recorded, int known, List<String> unassigned) {

        public ImportResult {
            unassigned = List.copyOf(unassigned);
        }

        /** One line for a log. */
        public String summary() {
            String line = IncidentMessages.format("import.summary", projectId, issues, recorded, known);
            return unassigned.isEmpty() ? line
                    : line + " " + IncidentMessages.format("import.unassigned", String.join(", ", unassigned));
        }
    }
}
