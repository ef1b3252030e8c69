package io.jenkins.plugins.skylark.harness.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP-streaming watch as kubectl opens it (HTTP/1.1, no WebSocket upgrade), read line by line on its own
 * thread. {@link #next()} waits generously for the next event; {@link #ended()} for the end of the stream.
 */
final class WatchLines implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Queued after the last event when the stream ends cleanly. */
    private static final JsonNode END = MissingNode.getInstance();

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

    private WatchLines(HttpResponse<InputStream> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "watch-lines");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code GET fake.url() + pathAndQuery} with {@code Authorization: Bearer token}. */
    static WatchLines open(FakeKubernetes fake, String pathAndQuery, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.url() + pathAndQuery))
                .header("Authorization", "Bearer " + token).build();
        try {
            return new WatchLines(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static WatchLines open(FakeKubernetes fake, String pathAndQuery) {
        return open(fake, pathAndQuery, fake.token());
    }

    HttpResponse<InputStream> response() {
        return response;
    }

    /** The next event; an AssertionError if none comes within 30 s or the stream ends first. */
    JsonNode next() {
        JsonNode event = take();
        if (!event.isObject()) {
            throw new AssertionError("the watch ended before the next event: " + event);
        }
        return event;
    }

    /** Whether the stream ends cleanly (within 30 s) with no further event. */
    boolean ended() {
        return take() == END;
    }

    private JsonNode take() {
        try {
            JsonNode event = events.poll(30, TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no watch event within 30 s");
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                events.add(JSON.readTree(line));
            }
            events.add(END);
        } catch (IOException e) {
            events.add(TextNode.valueOf("stream failed: " + e));
        }
    }

    /** Disconnects, as a client that stops watching. */
    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
