package io.jenkins.plugins.skylark.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.skylark.notify.RetryAfter;
import io.jenkins.plugins.skylark.notify.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One JIRA site over HTTP: JSON in and out, the credential in the {@code Authorization} header only,
 * 429 and 503 retried a bounded number of times (honouring {@code Retry-After}, each wait capped), and
 * every other answer that is not 2xx turned into a {@link JiraException} naming the operation and JIRA's
 * reasons ({@code errorMessages}, {@code errors}).
 */
final class JiraHttp {
    static final int MAX_ATTEMPTS = 4;
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final int MAX_BODY = 200;

    private final String site;
    private final JiraAuth auth;
    private final HttpClient client;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    JiraHttp(String site, JiraAuth auth, HttpClient client, Sleeper sleeper, Clock clock, Duration timeout) {
        this.site = site;
        this.auth = auth;
        this.client = client;
        this.sleeper = sleeper;
        this.clock = clock;
        this.timeout = timeout;
    }

    String site() {
        return site;
    }

    ObjectMapper json() {
        return json;
    }

    /**
     * Sends {@code method path} with {@code body} as JSON ({@code null} = none).
     *
     * @param operation what the call does, for the error message ("adding a comment to SHOP-12")
     * @return the answer's JSON, a missing node for an empty answer (204)
     */
    JsonNode call(String method, String path, Object body, String operation) throws JiraException,
            InterruptedException {
        HttpRequest request = request(method, path, body, operation);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new JiraException(Messages.format("http.unreachable", site, operation, describe(e)), 0);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return parse(response.body(), operation);
            }
            boolean retryable = status == 429 || status == 503;
            if (!retryable || attempt == MAX_ATTEMPTS) {
                throw failure(status, response.body(), operation, attempt);
            }
            sleeper.sleep(wait(response.headers().firstValue("Retry-After").orElse(null), attempt));
        }
    }

    private HttpRequest request(String method, String path, Object body, String operation) throws JiraException {
        HttpRequest.BodyPublisher publisher;
        try {
            publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("maps and lists of strings always serialise", e);
        }
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(site + path)).timeout(timeout)
                    .header("Authorization", auth.header())
                    .header("Accept", "application/json")
                    .method(method, publisher);
            if (body != null) {
                builder.header("Content-Type", "application/json; charset=utf-8");
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new JiraException(Messages.format("http.unreachable", site, operation, describe(e)), 0);
        }
    }

    /** {@code Retry-After} when given (capped), else 2, 4, 8 s. */
    private Duration wait(String retryAfter, int attempt) {
        Duration asked = RetryAfter.parse(retryAfter, clock.instant());
        Duration wait = asked != null ? asked : Duration.ofSeconds(1L << attempt);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private JsonNode parse(String body, String operation) throws JiraException {
        if (body == null || body.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new JiraException(Messages.format("http.notJson", site, operation, snippet(body)), 200);
        }
    }

    private JiraException failure(int status, String body, String operation, int attempts) {
        String reasons = reasons(body);
        String meaning = switch (status) {
            case 400 -> Messages.format("http.400");
            case 401 -> Messages.format("http.401");
            case 403 -> Messages.format("http.403");
            case 404 -> Messages.format("http.404");
            case 429 -> Messages.format("http.429", attempts);
            default -> status >= 500 ? Messages.format("http.5xx") : Messages.format("http.other");
        };
        return new JiraException(Messages.format("http.failed", site, operation, status, meaning,
                reasons.isEmpty() ? "-" : reasons), status);
    }

    /** JIRA's {@code errorMessages} and {@code errors} (field: text), or a short plain body. */
    String reasons(String body) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            return body == null || body.stripLeading().startsWith("<") ? "" : snippet(body);
        }
        List<String> reasons = new ArrayList<>();
        node.path("errorMessages").forEach(message -> reasons.add(message.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("errors").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            reasons.add(field.getKey() + ": " + field.getValue().asText());
        }
        if (reasons.isEmpty() && node.hasNonNull("message")) { // the gateway's shape (429, 503)
            reasons.add(node.path("message").asText());
        }
        return String.join("; ", reasons);
    }

    private static String snippet(String body) {
        String text = body.strip();
        return text.length() > MAX_BODY ? text.substring(0, MAX_BODY) + "…" : text;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
