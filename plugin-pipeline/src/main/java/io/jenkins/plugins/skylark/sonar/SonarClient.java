package io.jenkins.plugins.skylark.sonar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two Web API calls of the gate wait, typed: {@code GET /api/ce/task?id=} and
 * {@code GET /api/qualitygates/project_status?analysisId=}. The token goes in the {@code Authorization}
 * header only (as login with an empty password, which every SonarQube version since 5 accepts) and never
 * into a message. Errors name the status and SonarQube's own {@code {"errors":[{"msg":…}]}} text.
 */
public final class SonarClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_ERROR_TEXT = 300;

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String authorization;

    public SonarClient(String baseUrl, String token) {
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((token + ":")
                .getBytes(StandardCharsets.UTF_8));
    }

    public CeTask task(String taskId) throws SonarException, InterruptedException {
        JsonNode task = get("/api/ce/task?id=" + encode(taskId)).path("task");
        return new CeTask(text(task, "id"), text(task, "status"), text(task, "analysisId"),
                text(task, "errorMessage"));
    }

    public QualityGate projectStatus(String analysisId) throws SonarException, InterruptedException {
        JsonNode status = get("/api/qualitygates/project_status?analysisId=" + encode(analysisId))
                .path("projectStatus");
        List<GateCondition> conditions = new ArrayList<>();
        for (JsonNode c : status.path("conditions")) {
            conditions.add(new GateCondition(text(c, "metricKey"), text(c, "comparator"), text(c, "errorThreshold"),
                    text(c, "actualValue"), text(c, "status")));
        }
        return new QualityGate(text(status, "status"), conditions);
    }

    private JsonNode get(String path) throws SonarException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SonarException(Messages.format("client.unreachable", baseUrl, e.getClass().getSimpleName(),
                    e.getMessage()), true);
        }
        if (response.statusCode() / 100 != 2) {
            throw error(path, response.statusCode(), response.body());
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new SonarException(Messages.format("client.unreadable", baseUrl, pathOnly(path)), false);
        }
    }

    private SonarException error(String path, int status, String body) {
        String detail = errors(body);
        String where = pathOnly(path);
        return switch (status) {
            case 401 -> new SonarException(Messages.format("client.401", baseUrl, where, detail), false);
            case 403 -> new SonarException(Messages.format("client.403", baseUrl, where, detail), false);
            case 404 -> new SonarException(Messages.format("client.404", baseUrl, where, detail), false);
            case 429, 502, 503, 504 -> new SonarException(Messages.format("client.unavailable", baseUrl, status,
                    where, detail), true);
            default -> new SonarException(Messages.format("client.status", baseUrl, status, where, detail), false);
        };
    }

    /** SonarQube's {@code {"errors":[{"msg":"…"}]}}, joined; else the start of the body. */
    private String errors(String body) {
        try {
            JsonNode errors = json.readTree(body).path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                List<String> messages = new ArrayList<>();
                errors.forEach(e -> messages.add(e.path("msg").asText()));
                return messages.stream().collect(Collectors.joining("; "));
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: fall through to the raw text
        }
        String text = body == null ? "" : body.strip();
        return text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) + "…" : text;
    }

    private static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
