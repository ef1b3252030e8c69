package io.jenkins.plugins.skylark.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON shapes JIRA answers with (issues, transitions, versions) into this package's records. */
final class IssueReader {
    /** The fields a search asks for: what {@link JiraIssue} holds. */
    static final List<String> FIELDS = List.of("summary", "issuetype", "status", "created", "resolutiondate",
            "fixVersions", "issuelinks");

    /** JIRA writes {@code 2024-01-15T10:23:45.123+0000}; ISO offsets ({@code +00:00}, {@code Z}) also read. */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter();

    private IssueReader() {
    }

    static JiraIssue issue(JsonNode node) {
        String key = node.path("key").asText(null);
        JsonNode fields = node.path("fields");
        List<String> fixVersions = new ArrayList<>();
        fields.path("fixVersions").forEach(version -> fixVersions.add(version.path("name").asText()));
        List<String> linked = new ArrayList<>();
        for (JsonNode link : fields.path("issuelinks")) {
            for (String side : List.of("inwardIssue", "outwardIssue")) {
                String other = link.path(side).path("key").asText(null);
                if (other != null && !linked.contains(other)) {
                    linked.add(other);
                }
            }
        }
        return new JiraIssue(key, text(fields.path("issuetype").path("name")), text(fields.path("summary")),
                text(fields.path("status").path("statusCategory").path("key")),
                instant(fields.path("created"), key, "created"),
                instant(fields.path("resolutiondate"), key, "resolutiondate"), fixVersions, linked);
    }

    static List<JiraTransition> transitions(JsonNode answer) {
        List<JiraTransition> transitions = new ArrayList<>();
        answer.path("transitions").forEach(t -> transitions.add(new JiraTransition(t.path("id").asText(),
                t.path("name").asText())));
        return transitions;
    }

    static JiraVersion version(JsonNode node) {
        String date = node.path("releaseDate").asText(null);
        LocalDate releaseDate;
        try {
            releaseDate = date == null || date.isBlank() ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            releaseDate = null; // JIRA may answer a localised date we cannot read: the date is informative only
        }
        return new JiraVersion(node.path("id").asText(), node.path("name").asText(),
                node.path("released").asBoolean(false), releaseDate);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static Instant instant(JsonNode node, String key, String field) {
        String value = text(node);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, TIMESTAMP).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.format("issue.badDate", key, field, value), e);
        }
    }
}
