package io.jenkins.plugins.skylark.metrics.incidents;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.jira.JiraIssue;
import io.jenkins.plugins.skylark.metrics.store.DeliveryRecorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a JIRA incident issue into delivery events.
 *
 * <ul>
 *   <li>{@code INCIDENT_OPENED} at the issue's creation, {@code INCIDENT_RESOLVED} at its resolution date
 *       (none while unresolved), keys {@code jira:<site host>:<issue key>:opened|resolved}: a re-import
 *       records nothing new.</li>
 *   <li>A reopened issue keeps its first resolution (the resolved key is taken): restore time is time to
 *       the first restoration; an outage that comes back should be a new incident issue.</li>
 *   <li>Application: the project's only application; with several, the first application id named in the
 *       summary as a word ({@code [orders] checkout fails}, {@code orders: 502}), case-insensitive. An issue
 *       naming none is not imported and is reported, so it is fixed in JIRA rather than guessed.</li>
 *   <li>Environment: the project's production environment (highest order).</li>
 *   <li>Attributes: {@code incidentId} (the key), {@code linkedIssues} and {@code fixVersions}
 *       (comma-separated, for the rework rate), {@code source=jira}.</li>
 * </ul>
 */
public final class IncidentMapping {

    static final String SOURCE = "jira";

    private final IncidentSource source;

    public IncidentMapping(IncidentSource source) {
        this.source = source;
    }

    /** The application an issue belongs to, or empty when the summary names none of several. */
    public Optional<String> application(JiraIssue issue) {
        if (source.applications().size() == 1) {
            return Optional.of(source.applications().get(0));
        }
        String summary = issue.summary() == null ? "" : issue.summary().toLowerCase(Locale.ROOT);
        return source.applications().stream()
                .filter(id -> Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(id.toLowerCase(Locale.ROOT))
                        + "(?![a-z0-9-])").matcher(summary).find())
                .findFirst();
    }

    /** The events of {@code issue} in {@code application}: opened, and resolved when it is. */
    public List<DeliveryEvent> events(JiraIssue issue, String application) {
        if (issue.created() == null) {
            throw new IllegalArgumentException(IncidentMessages.format("issue.noCreated", issue.key()));
        }
        List<DeliveryEvent> events = new ArrayList<>();
        events.add(event(issue, application, DeliveryEventType.INCIDENT_OPENED, "opened"));
        if (issue.resolved() != null) {
            events.add(event(issue, application, DeliveryEventType.INCIDENT_RESOLVED, "resolved"));
        }
        return events;
    }

    private DeliveryEvent event(JiraIssue issue, String application, DeliveryEventType type, String change) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(DeliveryRecorder.ATTRIBUTE_INCIDENT_ID, issue.key());
        attributes.put(DeliveryRecorder.ATTRIBUTE_LINKED_ISSUES, String.join(",", issue.linkedKeys()));
        attributes.put(DeliveryRecorder.ATTRIBUTE_FIX_VERSIONS, String.join(",", issue.fixVersions()));
        attributes.put("source", SOURCE);
        attributes.values().removeIf(String::isEmpty);
        return new DeliveryEvent("jira:" + source.siteHost() + ":" + issue.key() + ":" + change, type,
                source.projectId(), application, source.production(),
                type == DeliveryEventType.INCIDENT_OPENED ? issue.created() : issue.resolved(), null, null,
                source.server().url().replaceAll("/+$", "") + "/browse/" + issue.key(), attributes);
    }
}
