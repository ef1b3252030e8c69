package io.jenkins.plugins.skylark.deploy;

import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.FAST;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.deploy;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.deployment;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.image;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.imageOf;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterRetry;
import io.jenkins.plugins.skylark.harness.faults.FaultPlan;
import io.jenkins.plugins.skylark.harness.faults.FaultProxy;
import io.jenkins.plugins.skylark.harness.faults.InjectedFault;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine against the fake cluster behind a {@link FaultProxy}: fabric8 retries, and a lasting outage is named plainly. */
class ClusterApiFaultTest {

    private static final String NS = "shop-dev";
    private static final String UNAVAILABLE = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
            + "\"message\":\"the server is currently unable to handle the request\",\"reason\":\"ServiceUnavailable\",\"code\":503}";
    private static final ClusterRetry QUICK = new ClusterRetry(3, Duration.ofMillis(10));

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Test
    void shouldNameTheStatusTheCallTheAttemptsAndTheTimeWhenTheApiStaysDown() throws Exception {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                FaultProxy proxy = FaultProxy.inFrontOf(cluster.url(), FaultPlan.always(InjectedFault.SERVICE_UNAVAILABLE)
                        .onPathsContaining("/deployments").withBody(UNAVAILABLE));
                DeployEngine engine = DeployEngine.connect(access(proxy, cluster), lines::add, QUICK)) {

            KubernetesClientException failure = catchThrowableOfType(KubernetesClientException.class,
                    () -> engine.scale(target(NS), "orders", 2, FAST));

            assertThat(failure.getMessage()).as("fabric8's own message").contains("Status(");
            assertThat(engine.describe(failure)).matches("the cluster API answered 503 ServiceUnavailable to GET "
                    + "http://127\\.0\\.0\\.1:" + proxy.hostPort().split(":")[1]
                    + "/apis/apps/v1/namespaces/shop-dev/deployments\\S*, 4 attempts over \\d+\\.\\d s");
            assertThat(proxy.injected()).hasSize(4).allMatch(fault -> fault.startsWith("503 GET /apis/apps/v1/namespaces/shop-dev/deployments"));
        }
    }

    @Test
    void shouldNameTheOutageWhenAnApplyKeepsFailing() throws Exception {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                FaultProxy proxy = FaultProxy.inFrontOf(cluster.url(), FaultPlan.always(InjectedFault.SERVICE_UNAVAILABLE)
                        .onPathsContaining("/services").withBody(UNAVAILABLE));
                DeployEngine engine = DeployEngine.connect(access(proxy, cluster), lines::add, QUICK)) {

            DeployResult result = deploy(engine, NS, image(1), FAST);

            assertThat(result.status()).isEqualTo(DeployStatus.FAILED);
            assertThat(result.message()).contains("Service orders")
                    .containsPattern("the cluster API answered 503 ServiceUnavailable to PATCH \\S*/services/orders\\S*, "
                            + "4 attempts over \\d+\\.\\d s")
                    .doesNotContain("Status(");
        }
    }

    @Test
    void shouldDeployThroughAnApiFailingEverySecondWrite() throws Exception {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                FaultProxy proxy = FaultProxy.inFrontOf(cluster.url(), FaultPlan.fraction(2, 0).withBody(UNAVAILABLE));
                DeployEngine engine = DeployEngine.connect(access(proxy, cluster), lines::add, QUICK)) {

            DeployResult result = deploy(engine, NS, image(1), FAST);

            assertThat(result.status()).as(result.message()).isEqualTo(DeployStatus.SUCCEEDED);
            assertThat(imageOf(deployment(cluster, NS))).isEqualTo(image(1));
            assertThat(proxy.injected()).isNotEmpty().allMatch(fault -> fault.matches("(503|500|dropped) (POST|PUT|PATCH|DELETE) .*"));
        }
    }

    @Test
    void shouldKeepAFailureThatIsNotAnOutageAsTheServerSaidIt() throws Exception {
        try (FakeKubernetes cluster = FakeClusterDeploys.cluster(NS);
                DeployEngine engine = DeployEngine.connect(ClusterAccess.withToken(cluster.url(), null, false, "wrong"),
                        lines::add, QUICK)) {

            KubernetesClientException failure = catchThrowableOfType(KubernetesClientException.class,
                    () -> engine.scale(target(NS), "orders", 2, FAST));

            assertThat(engine.describe(failure)).doesNotContain("attempts over");
        }
    }

    private static ClusterAccess access(FaultProxy proxy, FakeKubernetes cluster) {
        return ClusterAccess.withToken(proxy.url(), null, false, cluster.token());
    }
}
