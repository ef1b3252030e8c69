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
 */
final class ClosingOffTheEventLoop extends WebSocketListener {

    /** Daemon threads, made as needed: a close is short once the event loop is free, and rare. */
    private static final ExecutorService CLOSERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fake API server: watch close");
        thread.setDaemon(true);
        return thread;
    });

    private final WebSocketListener watch;

    ClosingOffTheEventLoop(WebSocketListener watch) {
        this.watch = watch;
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
        CLOSERS.execute(() -> watch.onClosed(webSocket, code, reason));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
        CLOSERS.execute(() -> watch.onFailure(webSocket, failure, response));
    }
}
