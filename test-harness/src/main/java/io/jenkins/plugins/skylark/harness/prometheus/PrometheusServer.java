package io.jenkins.plugins.skylark.harness.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.skylark.harness.process.LoopbackServers;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Prometheus (Debian's {@code prometheus}) on a free loopback port, scraping the given targets
 * every second (evaluation every second too), with its TSDB in a temporary directory.
 * {@link #close()} stops the process and deletes the directory.
 */
public final class PrometheusServer implements AutoCloseable {

    /** System property that points at another Prometheus binary. */
    public static final String BINARY_PROPERTY = "skylark.prometheus";
    static final String INSTALL_HINT = "install it with: apt-get install -y prometheus";
    private static final String DEFAULT_BINARY = "/usr/bin/prometheus";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final int START_ATTEMPTS = 3;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Process process;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PrometheusServer(Path directory, Process process, int port) {
        this.directory = directory;
        this.process = process;
        this.port = port;
    }

    /** The binary: {@value #DEFAULT_BINARY} unless the system property {@value #BINARY_PROPERTY} says otherwise. */
    public static Path binary() {
        return Path.of(System.getProperty(BINARY_PROPERTY, DEFAULT_BINARY));
    }

    public static boolean isInstalled() {
        return Files.isExecutable(binary());
    }

    /** Starts Prometheus scraping {@code targets} every second and waits until it is ready. */
    public static PrometheusServer start(ScrapeTarget... targets) throws IOException {
        if (!isInstalled()) {
            throw new IOException("prometheus binary not found at " + binary() + " (" + INSTALL_HINT + ")");
        }
        Path directory = Files.createTempDirectory("skylark-prometheus-");
        Path config = Files.writeString(directory.resolve("prometheus.yml"), config(List.of(targets)));
        IOException last = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            try {
                return launch(directory, config, LoopbackServers.freePort());
            } catch (IOException e) {
                last = e; // most likely the port was taken between probing and binding: try another
            }
        }
        LoopbackServers.deleteRecursively(directory);
        throw last;
    }

    /** The configuration file: one-second scrapes and evaluations, one job per target. */
    static String config(List<ScrapeTarget> targets) {
        StringBuilder yaml = new StringBuilder("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
                + "  evaluation_interval: 1s\nscrape_configs:\n");
        if (targets.isEmpty()) {
            yaml.append("  []\n");
        }
        targets.forEach(target -> yaml.append(target.yaml()));
        return yaml.toString();
    }

    /** {@code http://127.0.0.1:PORT}, the base of the HTTP API ({@code /api/v1/query} …). */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /**
     * Runs an instant query and returns the {@code data} object of the answer.
     *
     * @throws IOException when Prometheus answers with an error (its type and message included)
     */
    public JsonNode query(String promql) throws IOException {
        String form = "query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/api/v1/query"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        JsonNode answer = JSON.readTree(send(request).body());
        if (!"success".equals(answer.path("status").asText())) {
            throw new IOException("query '" + promql + "' failed: " + answer.path("errorType").asText()
                    + ": " + answer.path("error").asText());
        }
        return answer.path("data");
    }

    /** The series of a vector query's answer (empty when nothing matched). */
    public List<JsonNode> vector(String promql) throws IOException {
        JsonNode data = query(promql);
        if (!"vector".equals(data.path("resultType").asText())) {
            throw new IOException("query '" + promql + "' returned a " + data.path("resultType").asText() + ", not a vector");
        }
        List<JsonNode> series = new ArrayList<>();
        data.path("result").forEach(series::add);
        return List.copyOf(series);
    }

    /**
     * Waits until the vector query {@code promql} returns at least one series, e.g. until a counter
     * Prometheus scraped has reached a value ({@code sum(requests_total) >= 100}).
     *
     * @return the series of the first non-empty answer
     * @throws IOException when the query stays empty for {@code timeout}
     */
    public List<JsonNode> awaitNonEmpty(String promql, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<JsonNode> series = vector(promql);
            if (!series.isEmpty()) {
                return series;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("'" + promql + "' still returned nothing after " + timeout
                        + "; targets: " + targets());
            }
            LoopbackServers.pause(POLL, "prometheus");
        }
    }

    /** Waits until the last scrape of every target of {@code job} succeeded ({@code up{job="…"} == 1}). */
    public void awaitScraped(String job, Duration timeout) throws IOException {
        awaitNonEmpty("up{job=\"" + job + "\"} == 1", timeout);
    }

    /** The scrape state of every target ({@code /api/v1/targets}), for failure messages. */
    public String targets() throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url() + "/api/v1/targets")).timeout(Duration.ofSeconds(10))
                .build()).body();
    }

    /** Prometheus' own log, for diagnosing failures. */
    public String log() throws IOException {
        return Files.readString(logFile(directory));
    }

    /** Where configuration, log and TSDB live until {@link #close()}. */
    Path directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        LoopbackServers.stop(process);
        LoopbackServers.deleteRecursively(directory);
    }

    private static PrometheusServer launch(Path directory, Path config, int port) throws IOException {
        Process process = new ProcessBuilder(binary().toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + directory.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile(directory).toFile())
                .start();
        PrometheusServer server = new PrometheusServer(directory, process, port);
        server.awaitReady();
        return server;
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("prometheus exited with " + process.exitValue() + ": " + log());
            }
            if (ready()) {
                return;
            }
            LoopbackServers.pause(POLL, "prometheus");
        }
        process.destroyForcibly();
        throw new IOException("prometheus was not ready on " + url() + " within " + START_TIMEOUT + ": " + log());
    }

    private boolean ready() {
        try {
            return send(HttpRequest.newBuilder(URI.create(url() + "/-/ready")).timeout(Duration.ofSeconds(2))
                    .build()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        return LoopbackServers.send(client, request, HttpResponse.BodyHandlers.ofString(),
                "calling " + request.uri());
    }

    private static Path logFile(Path directory) {
        return directory.resolve("prometheus.log");
    }
}
