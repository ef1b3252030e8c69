package io.jenkins.plugins.skylark.metrics.report;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Serves report files on loopback the way Jenkins serves archived artefacts: with its
 * Content-Security-Policy header.
 */
final class CspFileServer implements AutoCloseable {

    static final String JENKINS_ARTIFACT_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'self';";

    private final HttpServer server;
    private final Map<String, ReportFile> files;

    CspFileServer(List<ReportFile> files) throws IOException {
        this.files = files.stream().collect(Collectors.toMap(f -> "/" + f.name(), Function.identity()));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    private void serve(HttpExchange exchange) throws IOException {
        ReportFile file = files.get(exchange.getRequestURI().getPath());
        byte[] body = file == null ? new byte[0] : file.content();
        exchange.getResponseHeaders().add("Content-Security-Policy", JENKINS_ARTIFACT_CSP);
        exchange.getResponseHeaders().add("Content-Type", file == null ? "text/plain" : contentType(file.name()));
        exchange.sendResponseHeaders(file == null ? 404 : 200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String contentType(String name) {
        return name.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
