package io.jenkins.plugins.skylark.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * The HTTP side every sender shares: POST a JSON body, turn the answer into a {@link SendResult} with
 * the sender's reading of the vendor's error shape, and keep the URL and secret out of every error.
 */
final class ChatHttp {

    private static final int MAX_ERROR_BODY = 300;

    private final HttpClient client;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration timeout;

    ChatHttp(HttpClient client, Clock clock, Duration timeout) {
        this.client = client;
        this.json = new ObjectMapper();
        this.clock = clock;
        this.timeout = timeout;
    }

    /** A client with a 10 s connect and request timeout and the system clock. */
    static ChatHttp standard() {
        Duration timeout = Duration.ofSeconds(10);
        return new ChatHttp(HttpClient.newBuilder().connectTimeout(timeout).build(), Clock.systemUTC(), timeout);
    }

    ObjectMapper json() {
        return json;
    }

    Clock clock() {
        return clock;
    }

    /**
     * The status, body and {@code Retry-After} header (or {@code null}) of an answer; {@code reader}
     * decides what a 2xx answer means.
     */
    record Answer(int status, String body, String retryAfterHeader) {
        Answer(int status, String body) {
            this(status, body, null);
        }

        boolean successful() {
            return status >= 200 && status < 300;
        }
    }

    SendResult post(ChannelEndpoint endpoint, String url, Object body, Map<String, String> headers,
                    Function<Answer, SendResult> reader) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            return postBytes(endpoint, url, bytes, headers, reader);
        } catch (IOException e) {
            return SendResult.transientFailure(endpoint.redact(Messages.format("send.unreachable", describe(e))), null);
        }
    }

    SendResult postBytes(ChannelEndpoint endpoint, String url, byte[] body, Map<String, String> headers,
                         Function<Answer, SendResult> reader) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            SendResult result = reader.apply(new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null)));
            return result.ok() ? result : result.withError(endpoint.redact(result.error()));
        } catch (IOException e) {
            return SendResult.transientFailure(endpoint.redact(Messages.format("send.unreachable", describe(e))), null);
        } catch (IllegalArgumentException e) {
            return SendResult.failed(endpoint.redact(Messages.format("send.unreachable", describe(e))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failed(Messages.format("send.interrupted"));
        }
    }

    /** The JSON body of an answer, or {@code null} when it is not JSON. */
    JsonNode parse(String body) {
        try {
            JsonNode node = json.readTree(body == null ? "" : body);
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The error for an answer that is not what the vendor sends on success: worth retrying on 429
     * (honouring {@code Retry-After}) and 5xx, final otherwise.
     */
    SendResult httpError(Answer answer) {
        String body = answer.body() == null ? "" : answer.body().strip();
        if (body.length() > MAX_ERROR_BODY) {
            body = body.substring(0, MAX_ERROR_BODY) + "…";
        }
        String error = Messages.format("send.http", answer.status(), body);
        if (answer.status() == 429 || answer.status() >= 500) {
            return SendResult.transientFailure(error, RetryAfter.parse(answer.retryAfterHeader(), clock.instant()));
        }
        return SendResult.failed(error);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
