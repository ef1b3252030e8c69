package io.jenkins.plugins.skylark.harness.kubernetes.api;

import io.fabric8.mockwebserver.http.ByteString;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Hands a WebSocket watch's close and failure to another thread. fabric8's watch listener waits there for its
 * send executor to finish, while a send in flight waits (up to 30 s) for its write, which only the event loop
 * the listener was called on can complete: every connection on that event loop stood still meanwhile (a PATCH
 * timed out in CI). Everything else is passed on as it comes.
 *
 * <p>Before the hand-off the watch is taken off the dispatcher's list at once ({@code unregister}): fabric8
 * shuts the send executor down first and leaves the list only after it has drained, so a write in between had
 * its event refused and answered 500, its change already stored (a PATCH failed so in CI).
 */
final class ClosingOffTheEventLoop extends WebSocketListener {

    /** Daemon threads, made as needed: a close is short once the event loop is free, and rare. */
    private static final ExecutorService CLOSERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fake API server: watch close");
        thread.setDaemon(true);
        return thread;
    });

    private final WebSocketListener watch;
    private final Runnable unregister;

    /** {@code unregister} stops writes publishing to the watch; it must not wait for any event loop. */
    ClosingOffTheEventLoop(WebSocketListener watch, Runnable unregister) {
        this.watch = watch;
        this.unregister = unregister;
    }

    @Override
    public void onBeforeAccept(WebSocket webSocket, Response response) {
        watch.onBeforeAccept(webSocket, response);
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        watch.onOpen(webSocket, response);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        watch.onMessage(webSocket, text);
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
        watch.onMessage(webSocket, bytes);
    }

    @Override
    public void onMessage(WebSocket webSocket, byte[] bytes) {
        watch.onMessage(webSocket, bytes);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        watch.onClosing(webSocket, code, reason);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        unregister.run();
        CLOSERS.execute(() -> watch.onClosed(webSocket, code, reason));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
        unregister.run();
        CLOSERS.execute(() -> watch.onFailure(webSocket, failure, response));
    }
}
