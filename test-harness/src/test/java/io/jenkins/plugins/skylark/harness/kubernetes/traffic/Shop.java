package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A shop namespace with two versions of "orders": Deployment {@code orders} (stable, 3 pods, image
 * {@code registry.example/orders:1}) and {@code orders-canary} (1 pod, {@code :2}); Services {@code orders} (stable
 * pods), {@code orders-canary} (canary pods), {@code orders-all} (both) and {@code orders-none} (no pod).
 */
final class Shop {

    static final String NS = "shop";
    static final Version STABLE = new Version(NS, "orders");
    static final Version CANARY = new Version(NS, "orders-canary");
    static final String CANARY_IMAGE = "registry.example/orders:2";

    private Shop() {
    }

    static FakeKubernetes start() {
        FakeKubernetes fake = FakeKubernetes.builder().speed(50).namespaces(NS)
                .defaultIngressController("nginx", "203.0.113.10").gatewayApi().istio().trafficSimulator().start();
        KubernetesClient client = fake.client();
        deployment(client, "orders", "stable", 3, "registry.example/orders:1");
        deployment(client, "orders-canary", "canary", 1, CANARY_IMAGE);
        service(client, "orders", Map.of("app", "orders", "track", "stable"));
        service(client, "orders-canary", Map.of("app", "orders", "track", "canary"));
        service(client, "orders-all", Map.of("app", "orders"));
        service(client, "orders-none", Map.of("app", "nothing"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (client.pods().inNamespace(NS).withLabel("app", "orders").list().getItems().stream()
                .filter(ClusterView::ready).count() < 4) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the shop's 4 pods are not ready after 60 s");
            }
            sleep();
        }
        return fake;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void deployment(KubernetesClient client, String name, String track, int replicas, String image) {
        client.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder().withNewMetadata().withName(name)
                .endMetadata().withNewSpec().withReplicas(replicas)
                .withNewSelector().addToMatchLabels("app", "orders").addToMatchLabels("track", track).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "orders").addToLabels("track", track)
                .addToLabels("version", track).endMetadata()
                .withNewSpec().addNewContainer().withName("orders").withImage(image).endContainer().endSpec()
                .endTemplate().endSpec().build()).create();
    }

    private static void service(KubernetesClient client, String name, Map<String, String> selector) {
        client.services().inNamespace(NS).resource(new ServiceBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withSelector(selector).addNewPort().withPort(80).withTargetPort(new IntOrString(8080))
                .endPort().endSpec().build()).create();
    }

    /** An Ingress of class nginx for {@code host} and path {@code /} to {@code service}, with these annotations. */
    static Ingress ingress(String name, String host, String service, Map<String, String> annotations) {
        return new IngressBuilder().withNewMetadata().withName(name).withNamespace(NS).addToAnnotations(annotations)
                .endMetadata().withNewSpec().withIngressClassName("nginx").addNewRule().withHost(host).withNewHttp()
                .addNewPath().withPath("/").withPathType("Prefix").withNewBackend().withNewService()
                .withName(service).withNewPort().withNumber(80).endPort().endService().endBackend().endPath()
                .endHttp().endRule().endSpec().build();
    }

    static GenericKubernetesResource resource(String apiVersion, String kind, String name, Object spec) {
        return new GenericKubernetesResourceBuilder().withApiVersion(apiVersion).withKind(kind)
                .withNewMetadata().withName(name).withNamespace(NS).endMetadata()
                .addToAdditionalProperties("spec", spec).build();
    }
}
