package io.jenkins.plugins.skylark.deploy.release.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficFault;
import io.jenkins.plugins.skylark.harness.prometheus.PrometheusServer;
import io.jenkins.plugins.skylark.harness.prometheus.RequiresPrometheus;
import io.jenkins.plugins.skylark.harness.prometheus.ScrapeTarget;
import io.jenkins.plugins.skylark.platform.TrafficRouter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The built-in NGINX analysis on the fake cluster's traffic simulator, scraped by a real Prometheus: the
 * simulator's labels and the analysis' label matchers must agree, or no canary request is seen.
 */
@RequiresPrometheus
class AnalysisOfSimulatedTrafficTest {

    private static final String NS = "shop";
    private static final String HOST = "orders.shop.example.com";
    private static final String CANARY_TOTAL = "sum(nginx_ingress_controller_requests{namespace=\"shop\",canary!=\"\"})";

    private FakeKubernetes fake;
    private PrometheusServer prometheus;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void startCluster() throws Exception {
        fake = FakeKubernetes.builder().speed(50).namespaces(NS).defaultIngressController("nginx", "203.0.113.10")
                .trafficSimulator().start();
        KubernetesClient client = fake.client();
        workload(client, "orders", "stable");
        workload(client, "orders-canary", "canary");
        ingress(client, "orders", "orders", Map.of());
        ingress(client, "orders-canary", "orders-canary", Map.of("nginx.ingress.kubernetes.io/canary", "true",
                "nginx.ingress.kubernetes.io/canary-weight", "50"));
        client.pods().inNamespace(NS).withLabel("app", "orders").informOnCondition(pods -> pods.size() == 2
                && pods.stream().allMatch(pod -> pod.getStatus() != null && "Running".equals(pod.getStatus().getPhase())))
                .orTimeout(60, TimeUnit.SECONDS).join();
        prometheus = PrometheusServer.start(ScrapeTarget.of("ingress-nginx", "127.0.0.1:" + fake.traffic().metricsPort()));
    }

    @AfterEach
    void stop() throws Exception {
        prometheus.close();
        fake.close();
    }

    @Test
    void shouldPassAHealthyCanary() throws Exception {
        sendAndAwait(100);
        sendAndAwait(200);

        AnalysisResult result = analyse();

        assertThat(result.verdict()).as(result.reason()).isEqualTo(Verdict.SUCCESSFUL);
        assertThat(result.measurements()).allSatisfy(measurement -> assertThat(measurement.value()).isEqualTo(1.0));
    }

    @Test
    void shouldFailACanaryThatAnswersOneRequestInFiveWithAnError() throws Exception {
        fake.failures().onTraffic(NS, "orders-canary", TrafficFault.errors(0.2));
        sendAndAwait(100); // creates the 5xx series: Prometheus counts its growth from its first scrape on
        sendAndAwait(200);

        AnalysisResult result = analyse();

        assertThat(result.verdict()).as(result.reason()).isEqualTo(Verdict.FAILED);
        assertThat(result.measurements()).allSatisfy(measurement -> assertThat(measurement.value()).isBetween(0.7, 0.9));
    }

    /** Sends {@code count} requests through the stable Ingress and waits until Prometheus has scraped them. */
    private void sendAndAwait(int count) throws Exception {
        prometheus.awaitScraped("ingress-nginx", Duration.ofSeconds(30));
        double before = canaryTotal();
        fake.traffic().viaIngress(NS, HOST, "/").send(count);
        prometheus.awaitNonEmpty(CANARY_TOTAL + " >= " + (before + count / 2), Duration.ofSeconds(30));
    }

    private double canaryTotal() throws Exception {
        var series = prometheus.vector(CANARY_TOTAL);
        return series.isEmpty() ? 0 : series.get(0).path("value").get(1).asDouble();
    }

    private AnalysisResult analyse() throws InterruptedException {
        AnalysisTemplate successRate = BuiltInAnalyses.resolve("success-rate", TrafficRouter.NGINX);
        PrometheusClient client = PrometheusClient.create(prometheus.url(), PrometheusAuth.none());
        return new Analyzer(client, duration -> { }, Clock.systemUTC()).run(successRate,
                Map.of("namespace", NS, "ingress", "orders", "canary", "orders-canary"), log::add);
    }

    private static void workload(KubernetesClient client, String name, String track) {
        client.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder().withNewMetadata().withName(name)
                .endMetadata().withNewSpec().withReplicas(1)
                .withNewSelector().addToMatchLabels("app", "orders").addToMatchLabels("track", track).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "orders").addToLabels("track", track).endMetadata()
                .withNewSpec().addNewContainer().withName("orders").withImage("registry.example/orders:" + track)
                .endContainer().endSpec().endTemplate().endSpec().build()).create();
        client.services().inNamespace(NS).resource(new ServiceBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withSelector(Map.of("app", "orders", "track", track)).addNewPort().withPort(80)
                .withTargetPort(new IntOrString(8080)).endPort().endSpec().build()).create();
    }

    private static void ingress(KubernetesClient client, String name, String service, Map<String, String> annotations) {
        client.network().v1().ingresses().resource(new IngressBuilder().withNewMetadata().withName(name).withNamespace(NS)
                .addToAnnotations(annotations).endMetadata().withNewSpec().withIngressClassName("nginx").addNewRule()
                .withHost(HOST).withNewHttp().addNewPath().withPath("/").withPathType("Prefix").withNewBackend()
                .withNewService().withName(service).withNewPort().withNumber(80).endPort().endService().endBackend()
                .endPath().endHttp().endRule().endSpec().build()).create();
    }
}
