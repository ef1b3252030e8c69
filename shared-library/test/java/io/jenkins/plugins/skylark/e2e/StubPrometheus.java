package io.jenkins.plugins.skylark.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Prometheus HTTP API on a loopback port answering every instant query ({@code POST /api/v1/query}) with one
 * sample of {@code value}, and only for requests with the expected {@code Authorization} header (401 otherwise).
 * For pipeline tests that need a verdict, not real PromQL (the analysis runtime's own tests use a real Prometheus).
 */
final class StubPrometheus implements AutoCloseable {
    private final HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private StubPrometheus(double value, String authorization) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/query", exchange -> {
            String given = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(String.valueOf(given));
            boolean allowed = authorization.equals(given);
            byte[] body = (allowed
                    ? "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":["
                            + System.currentTimeMillis() / 1000.0 + ",\"" + value + "\"]}]}}"
                    : "{\"status\":\"error\",\"errorType\":\"unauthorized\",\"error\":\"unauthorized\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(allowed ? 200 : 401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    static StubPrometheus answering(double value, String authorization) throws IOException {
        return new StubPrometheus(value, authorization);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The {@code Authorization} header of every query received. */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
