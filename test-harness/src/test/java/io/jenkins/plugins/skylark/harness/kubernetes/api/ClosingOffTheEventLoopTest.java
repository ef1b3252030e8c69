package io.jenkins.plugins.skylark.harness.kubernetes.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClosingOffTheEventLoopTest {

    private static final WebSocket SOCKET = new WebSocket() {
        @Override
        public RecordedRequest request() {
            return null;
        }

        @Override
        public boolean send(String text) {
            return true;
        }

        @Override
        public boolean send(byte[] bytes) {
            return true;
        }

        @Override
        public boolean close(int code, String reason) {
            return true;
        }
    };

    /** A watch listener that, like fabric8's, blocks in onClosed/onFailure until released. */
    private static final class BlockingWatch extends WebSocketListener {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(2);
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            calls.add("message " + text + " on " + Thread.currentThread().getName());
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            await();
            calls.add("closed " + code + " " + reason + " on " + Thread.currentThread().getName());
            done.countDown();
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
            await();
            calls.add("failure " + failure.getMessage() + " on " + Thread.currentThread().getName());
            done.countDown();
        }

        private void await() {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void shouldUnregisterAtOnceAndPassCloseAndFailureOnFromAnotherThread() throws Exception {
        BlockingWatch watch = new BlockingWatch();
        ClosingOffTheEventLoop listener = new ClosingOffTheEventLoop(watch,
                () -> watch.calls.add("unregistered on " + Thread.currentThread().getName()));
        String caller = Thread.currentThread().getName();

        listener.onMessage(SOCKET, "hello");
        listener.onClosed(SOCKET, 1000, "bye");
        listener.onFailure(SOCKET, new IllegalStateException("reset"), null);

        assertThat(watch.calls).as("the caller was not held by the blocked watch, but unregistered it at once")
                .containsExactly("message hello on " + caller, "unregistered on " + caller, "unregistered on " + caller);
        watch.release.countDown();
        assertThat(watch.done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.calls).hasSize(5)
                .contains("closed 1000 bye on fake API server: watch close", "failure reset on fake API server: watch close");
    }
}
