package io.jenkins.plugins.skylark.harness.kubernetes.api;

import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.vertx.HttpServerRequestHandler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP/1.1 front of the fake API server (plain HTTP; watches over WebSocket, as fabric8 clients ask, or as
 * HTTP streams, as kubectl asks), serving requests on several threads at once as a real API server does.
 * fabric8's MockWebServer runs one Vert.x server, so every request of every client waited for the one before it;
 * here one server per event loop shares the port and Vert.x spreads connections over them. The dispatcher keeps
 * writes atomic with its own locks. Streaming watches go to {@link WatchEndpoint}, everything else to the
 * dispatcher.
 */
public final class ApiHttpServer implements AutoCloseable {

    private static final List<String> WEBSOCKET_SUB_PROTOCOLS = List.of("v1.channel.k8s.io", "v2.channel.k8s.io",
            "v3.channel.k8s.io", "v4.channel.k8s.io");

    private final Vertx vertx;
    private final FakeApiServer api;
    private final List<HttpServer> servers = new ArrayList<>();
    private final int port;

    private ApiHttpServer(Vertx vertx, String host, int requestedPort, FakeApiServer api, int threads) {
        this.vertx = vertx;
        this.api = api;
        // Vert.x shares a port between servers that ask for the same one; a negative port is a random free
        // port shared the same way (0 would give each server its own)
        HttpServerOptions options = new HttpServerOptions().setHost(host)
                .setPort(requestedPort == 0 ? -1 : requestedPort)
                .setWebSocketSubProtocols(WEBSOCKET_SUB_PROTOCOLS).setHandle100ContinueAutomatically(true);
        HttpServerRequestHandler dispatcher = new HttpServerRequestHandler(vertx) {
            @Override
            protected MockResponse onHttpRequest(RecordedRequest request) {
                return api.dispatch(request);
            }
        };
        WatchEndpoint watches = new WatchEndpoint(api);
        int bound = requestedPort;
        for (int i = 0; i < threads; i++) {
            HttpServer server = vertx.createHttpServer(options).requestHandler(request -> {
                if (WatchEndpoint.serves(request)) {
                    watches.handle(request);
                } else {
                    dispatcher.handle(request);
                }
            });
            servers.add(server);
            bound = await(server.listen()).actualPort();
        }
        this.port = bound;
    }

    /** Listens on {@code host:port} (0: any free port) with one server per processor, at least two. */
    public static ApiHttpServer start(String host, int port, FakeApiServer api) {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(threads));
        try {
            return new ApiHttpServer(vertx, host, port, api, threads);
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        api.watches().endAll();
        // A server whose graceful close hangs (a client still holding a connection, seen once in CI under
        // load) must not fail the test nor leak: closing Vert.x below closes its connections anyway.
        servers.forEach(server -> {
            try {
                await(server.close());
            } catch (IllegalStateException e) {
                System.err.println("fake API server: a listener did not close gracefully (" + e.getMessage()
                        + "); closing Vert.x closes it");
            }
        });
        await(vertx.close());
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the fake API server", e);
        } catch (Exception e) {
            throw new IllegalStateException("fake API server: " + e.getMessage(), e);
        }
    }
}
