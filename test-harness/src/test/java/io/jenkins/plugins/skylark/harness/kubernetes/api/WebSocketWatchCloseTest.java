package io.jenkins.plugins.skylark.harness.kubernetes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A write while a WebSocket watch is closing: fabric8 shuts the watch's send executor down and waits for it
 * before taking the watch off its list, so a write in that window used to be refused with a 500.
 */
class WebSocketWatchCloseTest {

    /** A client socket whose sends hang until released, so fabric8's close waits for its executor to drain. */
    private static final class StalledSocket implements WebSocket {
        final CountDownLatch sending = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public RecordedRequest request() {
            return null;
        }

        @Override
        public boolean send(String text) {
            sending.countDown();
            awaitQuietly(release);
            return true;
        }

        @Override
        public boolean send(byte[] bytes) {
            return send(new String(bytes));
        }

        @Override
        public boolean close(int code, String reason) {
            return true;
        }
    }

    @Test
    void shouldStoreAndAnswerWritesWhileAWatchIsClosing() throws Exception {
        FakeApiServer api = new FakeApiServer(100);
        assertThat(createNamespace(api, "before").code()).isEqualTo(201);
        WebSocketListener watch = api.dispatch(new RecordedRequest("HTTP/1.1", HttpMethod.GET,
                "/api/v1/namespaces?watch=true", Headers.builder().build(), new Buffer())).getWebSocketListener();
        StalledSocket socket = new StalledSocket();
        try {
            watch.onOpen(socket, null); // sends ADDED for "before", which hangs in the socket
            assertThat(socket.sending.await(10, TimeUnit.SECONDS)).isTrue();

            watch.onClosed(socket, 1000, "client left");
            awaitCloserDraining();

            MockResponse written = createNamespace(api, "during");
            assertThat(written.code()).as(written.getBody() == null ? "" : written.getBody().readUtf8())
                    .isEqualTo(201);
            assertThat(api.get(namespace("during"))).isNotNull();
        } finally {
            socket.release.countDown();
        }
    }

    private static MockResponse createNamespace(FakeApiServer api, String name) {
        ObjectNode body = JsonBodies.parseJson("{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\""
                + name + "\"}}");
        return api.dispatch(JsonBodies.internal(HttpMethod.POST, "/api/v1/namespaces", body));
    }

    private static ResourcePath namespace(String name) {
        return ResourcePath.parse("/api/v1/namespaces/" + name).orElseThrow();
    }

    /** Waits until fabric8's close has shut the send executor down and waits for it to drain. */
    private static void awaitCloserDraining() throws InterruptedException {
        for (int i = 0; i < 1_000; i++) {
            boolean draining = Thread.getAllStackTraces().values().stream().anyMatch(stack -> Arrays.stream(stack)
                    .anyMatch(frame -> frame.getMethodName().equals("awaitTermination"))
                    && Arrays.stream(stack).anyMatch(frame -> frame.getClassName().endsWith("WatchEventsListener")
                            && frame.getMethodName().equals("onClosed")));
            if (draining) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("fabric8's watch close never started waiting for its send executor");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
