package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Simulated users hitting one host and path through one entry (see {@link TrafficSimulator}), optionally with a
 * header or cookie. {@link #requestsPerSecond} keeps sending in wall-clock time from a background thread, so a real
 * Prometheus scraping the metrics sees rates; {@link #send} sends a batch at once for assertions on exact counts.
 */
public final class TrafficClient {

    private final TrafficSimulator simulator;
    private final String name;
    private final Entry entry;
    private final String namespace;
    private final String host;
    private final String path;
    private final Map<String, String> headers = new ConcurrentHashMap<>();
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private volatile double rate;
    private volatile long rateSince;
    private long sentSinceRate;

    TrafficClient(TrafficSimulator simulator, String name, Entry entry, String namespace, String host, String path) {
        this.simulator = simulator;
        this.name = name;
        this.entry = entry;
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.host = Objects.requireNonNull(host, "host");
        this.path = path == null || path.isEmpty() ? "/" : path;
    }

    /** Sends this header with every request (names are case-insensitive). */
    public TrafficClient header(String headerName, String value) {
        headers.put(headerName.toLowerCase(Locale.ROOT), Objects.requireNonNull(value, "value"));
        return this;
    }

    /** Sends this cookie with every request. */
    public TrafficClient cookie(String cookieName, String value) {
        cookies.put(Objects.requireNonNull(cookieName, "cookieName"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * From now on sends this many requests per second of wall-clock time (0 stops), evenly: after t seconds,
     * {@code floor(rate × t)} requests have been sent since the call.
     */
    public synchronized TrafficClient requestsPerSecond(double requestsPerSecond) {
        if (!(requestsPerSecond >= 0) || Double.isInfinite(requestsPerSecond)) {
            throw new IllegalArgumentException("requestsPerSecond must be zero or positive, was " + requestsPerSecond);
        }
        this.rate = requestsPerSecond;
        this.rateSince = System.nanoTime();
        this.sentSinceRate = 0;
        return this;
    }

    /** Sends {@code count} requests now and tells how they were answered. */
    public TrafficTally send(int count) {
        return simulator.send(this, count);
    }

    /**
     * The share of this client's requests each version would serve now, computed from the router objects and ready
     * pods (not by sending): e.g. {@code {shop/orders=0.9, shop/orders-canary=0.1}}. Shares sum to less than 1 when
     * some requests would get no pod (no route, no ready endpoints).
     */
    public Map<Version, Double> shares() {
        return simulator.shares(this);
    }

    /** How many requests are due for the wall-clock rate and not sent yet (the background thread sends them). */
    synchronized long due(long now) {
        if (rate == 0) {
            return 0;
        }
        long total = (long) Math.floor(rate * (now - rateSince) / 1e9);
        long due = total - sentSinceRate;
        sentSinceRate = total;
        return due;
    }

    Request request() {
        return new Request(entry, namespace, host, path, Map.copyOf(headers), Map.copyOf(cookies));
    }

    String name() {
        return name;
    }

    String namespace() {
        return namespace;
    }

    @Override
    public String toString() {
        return name + " (" + entry.name().toLowerCase(Locale.ROOT) + " " + namespace + " " + host + path + ")";
    }
}
