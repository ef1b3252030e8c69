package io.jenkins.plugins.skylark.deploy.release.it;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.release.GrayReleaseEngine;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisResult;
import io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisTemplate;
import io.jenkins.plugins.skylark.deploy.release.analysis.Analyzer;
import io.jenkins.plugins.skylark.deploy.release.analysis.PrometheusAuth;
import io.jenkins.plugins.skylark.deploy.release.analysis.PrometheusClient;
import io.jenkins.plugins.skylark.deploy.release.analysis.Sleeper;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficSimulator;
import io.jenkins.plugins.skylark.harness.prometheus.PrometheusServer;
import io.jenkins.plugins.skylark.harness.prometheus.ScrapeTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole release core on one fake cluster for every test of this package: an NGINX ingress controller, the
 * Gateway API and Istio CRDs, the traffic simulator, and (on first use) a real Prometheus scraping the simulator
 * every second. Each test deploys its own stable application in a namespace of its own ({@link #deploy}), so tests
 * share the cluster without seeing each other's objects or metrics. Injected into test methods as a parameter by
 * {@link Extension}; started once per test run, closed at its end.
 */
final class ReleaseCluster implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    static final String INGRESS_CLASS = "nginx";
    /** A build of a Jenkins that is always running: no release here is ever stale. */
    static final String BUILD = "https://ci.example/job/orders/";

    private final FakeKubernetes fake;
    private final AtomicInteger namespaces = new AtomicInteger();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private PrometheusServer prometheus;

    private ReleaseCluster() {
        fake = FakeKubernetes.builder().speed(100).defaultIngressController(INGRESS_CLASS, "203.0.113.10")
                .gatewayApi().istio().trafficSimulator().start();
    }

    KubernetesClient client() {
        return fake.client();
    }

    FakeKubernetes fake() {
        return fake;
    }

    TrafficSimulator traffic() {
        return fake.traffic();
    }

    /** The public engine as the steps build it: state in a ConfigMap, lock in a Lease, the real routers. */
    GrayReleaseEngine engine() {
        return new GrayReleaseEngine(client(), log::add, Clock.systemUTC(), build -> true);
    }

    /** The build log lines of every engine and analysis so far (assertion messages). */
    String log() {
        return String.join("\n", log);
    }

    /** A stable {@code orders} (2 ready replicas, image 1) in a new namespace, reachable through {@code router}. */
    StableApp deploy(RouterKind router) {
        String namespace = "release-" + namespaces.incrementAndGet();
        client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                .build()).create();
        return StableApp.deploy(this, namespace, router);
    }

    /** The real Prometheus scraping the simulator's metrics, started on first use and kept for the run. */
    synchronized PrometheusServer prometheus() {
        if (prometheus == null) {
            try {
                prometheus = PrometheusServer.start(ScrapeTarget.of("traffic", "127.0.0.1:" + traffic().metricsPort()));
                prometheus.awaitScraped("traffic", Duration.ofSeconds(30));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return prometheus;
    }

    /** Runs an analysis as {@code grayAnalyze} does: real PromQL on what Prometheus scraped, real waits. */
    AnalysisResult analyse(AnalysisTemplate template, StableApp app) throws InterruptedException {
        PrometheusClient source = PrometheusClient.create(prometheus().url(), PrometheusAuth.none());
        return new Analyzer(source, Sleeper.THREAD, Clock.systemUTC())
                .run(template, app.placeholders(), log::add);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (prometheus != null) {
                prometheus.close();
            }
        } finally {
            fake.close();
        }
    }

    /** Gives test methods the run's cluster. */
    static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ReleaseCluster.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(ReleaseCluster.class))
                    .getOrComputeIfAbsent(ReleaseCluster.class, key -> new ReleaseCluster(), ReleaseCluster.class);
        }
    }
}
