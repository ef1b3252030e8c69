package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.skylark.harness.kubernetes.FailureInjection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Simulated users of the fake cluster's applications: clients send requests through an NGINX Ingress, a Gateway
 * API HTTPRoute, an Istio VirtualService or straight to a Service; the router objects and the ready pods decide
 * which version serves each one, the failure rules ({@link FailureInjection#onTraffic},
 * {@link FailureInjection#onImageTraffic}) how it answers, and the counts are served at {@link #metricsUrl()} as the
 * NGINX ingress controller and Istio export them. See the package documentation.
 */
public final class TrafficSimulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TrafficSimulator.class.getName());
    /** Real time between two rounds of the wall-clock traffic. */
    private static final Duration TICK = Duration.ofMillis(100);

    private final KubernetesClient client;
    private final Exporters exporters = new Exporters();
    private final Dispatcher dispatcher;
    private final MetricsEndpoint endpoint;
    private final List<TrafficClient> clients = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * Starts the simulator: the metrics endpoint on {@code 127.0.0.1:metricsPort} (0: any free port) and the thread
     * sending the clients' wall-clock traffic.
     *
     * @param client a client of the fake cluster, closed with the simulator
     * @param failures the rules giving versions error rates and latencies
     * @param nginxClasses the IngressClass names the simulated NGINX serves
     */
    public TrafficSimulator(KubernetesClient client, FailureInjection failures, int metricsPort,
            Set<String> nginxClasses) {
        this.client = client;
        this.dispatcher = new Dispatcher(failures, exporters, nginxClasses);
        this.endpoint = new MetricsEndpoint(metricsPort, this::exposition);
        this.thread = new Thread(this::loop, "fake-kubernetes-traffic");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Clients entering through the NGINX ingress controller at {@code host} and {@code path}. */
    public TrafficClient viaIngress(String namespace, String host, String path) {
        return add(Entry.INGRESS, namespace, host, path);
    }

    /** Clients entering through a Gateway API implementation (HTTPRoutes of the namespace). */
    public TrafficClient viaHttpRoute(String namespace, String host, String path) {
        return add(Entry.HTTP_ROUTE, namespace, host, path);
    }

    /**
     * Clients inside an Istio mesh calling {@code host} (a Service's short name, its FQDN, or a host a
     * VirtualService lists).
     */
    public TrafficClient viaVirtualService(String namespace, String host, String path) {
        return add(Entry.VIRTUAL_SERVICE, namespace, host, path);
    }

    /** Clients calling a Service directly (no router): its ready pods share the requests evenly. */
    public TrafficClient viaService(String namespace, String service) {
        return add(Entry.SERVICE, namespace, service, "/");
    }

    /** Requests the version's pods have answered so far (any status), from every client. */
    public long requestsServed(Version version) {
        return dispatcher.served(version);
    }

    /** Requests the version's pods answered with an injected error so far. */
    public long requestsFailed(Version version) {
        return dispatcher.failed(version);
    }

    /** The URL Prometheus scrapes, e.g. {@code http://127.0.0.1:41235/metrics}. */
    public String metricsUrl() {
        return "http://127.0.0.1:" + endpoint.port() + "/metrics";
    }

    /** The metrics port on 127.0.0.1. */
    public int metricsPort() {
        return endpoint.port();
    }

    /** What {@link #metricsUrl()} serves now (Prometheus text format 0.0.4). */
    public String exposition() {
        return exporters.metrics().exposition();
    }

    TrafficTally send(TrafficClient from, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        ClusterView view = new ClusterView(client, from.namespace());
        Map<Version, Long> served = new HashMap<>();
        Map<Integer, Long> statuses = new HashMap<>();
        Request request = from.request();
        for (int i = 0; i < count; i++) {
            Dispatcher.Outcome o = dispatcher.dispatch(request, view, from.name());
            if (o.version() != null) {
                served.merge(o.version(), 1L, Long::sum);
            }
            statuses.merge(o.status(), 1L, Long::sum);
        }
        return new TrafficTally(served, statuses);
    }

    Map<Version, Double> shares(TrafficClient from) {
        return dispatcher.shares(from.request(), new ClusterView(client, from.namespace()));
    }

    private synchronized TrafficClient add(Entry entry, String namespace, String host, String path) {
        TrafficClient c = new TrafficClient(this, "client-" + (clients.size() + 1), entry, namespace, host, path);
        clients.add(c);
        return c;
    }

    private void loop() {
        while (running) {
            long now = System.nanoTime();
            for (TrafficClient c : clients) {
                long due = c.due(now);
                if (due > 0) {
                    try {
                        send(c, (int) Math.min(due, 100_000));
                    } catch (KubernetesClientException e) {
                        LOG.log(Level.FINE, "traffic round skipped", e);
                    } catch (RuntimeException e) {
                        if (running) {
                            LOG.log(Level.WARNING, "traffic round failed for " + c, e);
                        }
                    }
                }
            }
            try {
                Thread.sleep(TICK.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        endpoint.close();
        client.close();
    }
}
