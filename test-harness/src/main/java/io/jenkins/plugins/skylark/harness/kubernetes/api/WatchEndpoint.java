package io.jenkins.plugins.skylark.harness.kubernetes.api;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.Optional;

/**
 * Serves watches over plain HTTP streaming, as kubectl (client-go) asks for them: {@code GET ...?watch=true}
 * without a WebSocket upgrade, answered {@code 200} with a chunked body of one JSON event per line until
 * {@code timeoutSeconds} or the client leaves. WebSocket watches (fabric8's) stay with fabric8's dispatcher.
 * The legacy {@code /watch/} path prefix is not served: such paths answer 404, as they will once Kubernetes
 * drops them (kubectl has not used them for years).
 */
final class WatchEndpoint {

    private final FakeApiServer api;

    WatchEndpoint(FakeApiServer api) {
        this.api = api;
    }

    /** Whether the request is a watch this endpoint serves (a watch of a collection, not a WebSocket upgrade). */
    static boolean serves(HttpServerRequest request) {
        return request.method() == HttpMethod.GET && !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
                && path(request).filter(p -> p.isWatch() && p.subresource() == null).isPresent();
    }

    /** Answers the request on its event loop: an error {@code Status}, or a stream registered with the hub. */
    void handle(HttpServerRequest request) {
        HttpServerResponse response = request.response();
        WatchQuery query;
        try {
            api.authenticate(request.getHeader("Authorization"));
            query = WatchQuery.of(path(request).orElseThrow(), api.catalog());
        } catch (ApiException e) {
            fail(response, e);
            return;
        }
        response.setStatusCode(200).putHeader("Content-Type", JsonBodies.JSON_TYPE).setChunked(true);
        Context context = Vertx.currentContext();
        WatchStreams hub = api.watches();
        WatchStream stream = new WatchStream(query, context, response);
        long timer = context.owner().setTimer(query.timeout().toMillis(), id -> stream.end());
        Handler<Void> gone = v -> {
            context.owner().cancelTimer(timer);
            hub.remove(stream);
        };
        response.endHandler(gone).closeHandler(gone).exceptionHandler(e -> gone.handle(null));
        hub.open(query, stream);
        // headers go out at once, as a real server flushes them before the first event; only now, so a client that
        // writes once it has them finds its watch registered (events sent by open() are queued behind this)
        response.writeHead();
        if (response.closed()) {
            gone.handle(null); // the client left before the stream was registered
        }
    }

    private static void fail(HttpServerResponse response, ApiException e) {
        response.setStatusCode(e.code()).putHeader("Content-Type", JsonBodies.JSON_TYPE).end(e.status().toString());
    }

    private static Optional<ResourcePath> path(HttpServerRequest request) {
        try {
            return ResourcePath.parse(request.uri());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a URI: the dispatcher answers it
        }
    }
}
