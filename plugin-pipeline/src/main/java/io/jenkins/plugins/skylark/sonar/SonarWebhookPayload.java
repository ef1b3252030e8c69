package io.jenkins.plugins.skylark.sonar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What SonarQube posts to a webhook when a background task ends: {@code taskId}, the task's {@code status},
 * {@code serverUrl}, {@code project.key/url} and {@code qualityGate{status, conditions[{metric, operator,
 * value, status, errorThreshold}]}} (absent when the task failed).
 */
public record SonarWebhookPayload(String taskId, String taskStatus, String serverUrl, String projectKey,
        String dashboardUrl, QualityGate qualityGate) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws IllegalArgumentException when the body is not such a payload (no JSON, no {@code taskId}) */
    public static SonarWebhookPayload parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.format("webhook.notJson"));
        }
        if (root == null || !root.path("taskId").isTextual() || root.path("taskId").asText().isBlank()) {
            throw new IllegalArgumentException(Messages.format("webhook.noTaskId"));
        }
        JsonNode gate = root.path("qualityGate");
        return new SonarWebhookPayload(root.path("taskId").asText(), text(root, "status"), text(root, "serverUrl"),
                text(root.path("project"), "key"), text(root.path("project"), "url"),
                gate.isObject() ? gate(gate) : null);
    }

    private static QualityGate gate(JsonNode gate) {
        List<GateCondition> conditions = new ArrayList<>();
        for (JsonNode c : gate.path("conditions")) {
            conditions.add(new GateCondition(text(c, "metric"), GateCondition.comparator(text(c, "operator")),
                    text(c, "errorThreshold"), text(c, "value"), text(c, "status")));
        }
        return new QualityGate(text(gate, "status"), conditions);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
