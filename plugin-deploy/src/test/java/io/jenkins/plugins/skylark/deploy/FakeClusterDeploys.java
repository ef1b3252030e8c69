package io.jenkins.plugins.skylark.deploy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Deploying the {@code rollout-app} fixture to a fake cluster, as the platformDeploy step would. */
final class FakeClusterDeploys {
    static final String REPOSITORY = "registry.example/shop/orders";
    static final DeployOptions FAST = DeployOptions.defaults().withPollInterval(Duration.ofMillis(50))
            .withTimeout(Duration.ofSeconds(30));

    private FakeClusterDeploys() {
    }

    static FakeKubernetes cluster(String... namespaces) {
        return FakeKubernetes.builder().speed(30).namespaces(namespaces).start();
    }

    /** A digest-pinned image of the orders repository, distinct per {@code n}. */
    static String image(int n) {
        return REPOSITORY + "@sha256:" + String.valueOf(n).repeat(64);
    }

    static DeployTarget target(String namespace) {
        return new DeployTarget("shop", namespace, namespace, "https://ci.example/job/orders/7/", "orders#7");
    }

    static DeployEngine engine(FakeKubernetes cluster, Consumer<String> log) {
        return DeployEngine.connect(ClusterAccess.withToken(cluster.url(), null, false, cluster.token()), log);
    }

    static DeployResult deploy(DeployEngine engine, String namespace, String image, DeployOptions options) {
        DeployRequest request = new DeployRequest(target(namespace), "orders", image, null,
                "0123456789abcdef0123456789abcdef01234567", Set.of(), List.of("rollout-app"), options);
        return engine.deploy(request, fixtures());
    }

    static Deployment deployment(FakeKubernetes cluster, String namespace) {
        return cluster.client().apps().deployments().inNamespace(namespace).withName("orders").get();
    }

    static String imageOf(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }

    private static Path fixtures() {
        try {
            return Path.of(FakeClusterDeploys.class.getResource("rollout-app/orders.yaml").toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
