package io.jenkins.plugins.skylark.harness.prometheus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A {@code /metrics} endpoint on a free loopback port serving, in Prometheus' text format, series
 * whose values the test sets or advances; nothing changes between two calls, so what Prometheus
 * scrapes is exactly what the test wrote.
 */
public final class StaticMetricsEndpoint implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private final HttpServer server;
    private final Map<String, Double> series = new ConcurrentSkipListMap<>();

    private StaticMetricsEndpoint(HttpServer server) {
        this.server = server;
    }

    public static StaticMetricsEndpoint start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StaticMetricsEndpoint endpoint = new StaticMetricsEndpoint(server);
        server.createContext("/metrics", endpoint::serve);
        server.start();
        return endpoint;
    }

    /** {@code 127.0.0.1:PORT}, for {@link ScrapeTarget#of}. */
    public String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Applies {@code changes} so that no scrape sees part of them: series set together appear (and
     * grow) in the same scrape, so rates over them share their sample times.
     */
    public synchronized StaticMetricsEndpoint atomically(Consumer<StaticMetricsEndpoint> changes) {
        changes.accept(this);
        return this;
    }

    /** Sets the value of the series {@code name{labels}}. */
    public synchronized StaticMetricsEndpoint set(String name, Map<String, String> labels, double value) {
        series.put(key(name, labels), value);
        return this;
    }

    /** Adds {@code delta} to the series {@code name{labels}} (created at 0), as a counter grows. */
    public synchronized StaticMetricsEndpoint add(String name, Map<String, String> labels, double delta) {
        series.merge(key(name, labels), delta, Double::sum);
        return this;
    }

    /** The exposition text served at {@code /metrics}. */
    public synchronized String text() {
        return series.entrySet().stream().map(entry -> entry.getKey() + " " + format(entry.getValue()) + "\n")
                .collect(Collectors.joining());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        byte[] body = text().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String key(String name, Map<String, String> labels) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a metric name: '" + name + "'");
        }
        if (labels.isEmpty()) {
            return name;
        }
        return new TreeMap<>(labels).entrySet().stream().map(StaticMetricsEndpoint::label)
                .collect(Collectors.joining(",", name + "{", "}"));
    }

    private static String label(Map.Entry<String, String> label) {
        if (!LABEL.matcher(label.getKey()).matches()) {
            throw new IllegalArgumentException("not a label name: '" + label.getKey() + "'");
        }
        String value = label.getValue().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return label.getKey() + "=\"" + value + "\"";
    }

    private static String format(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return Double.isNaN(value) ? "NaN" : Double.toString(value);
    }
}
