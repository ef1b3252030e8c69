package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Istio VirtualService and DestinationRule kinds are served like built-in ones with {@code istio()}. */
class IstioResourcesTest {

    private static final String GV = "networking.istio.io/v1";

    private static FakeKubernetes fake;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        fake = FakeKubernetes.builder().istio().controllers(false).namespaces("mesh").start();
        client = fake.client();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void shouldServeTheIstioKindsInDiscovery() {
        assertThat(client.getApiGroup("networking.istio.io").getPreferredVersion().getGroupVersion()).isEqualTo(GV);
        List<APIResource> resources = client.getApiResources(GV).getResources();
        assertThat(resources).extracting(APIResource::getName).contains("virtualservices", "destinationrules");
        assertThat(resources).filteredOn(r -> !r.getName().contains("/"))
                .allSatisfy(r -> assertThat(r.getNamespaced()).isTrue())
                .extracting(APIResource::getShortNames).containsExactlyInAnyOrder(List.of("vs"), List.of("dr"));
    }

    @Test
    void shouldNotServeIstioWithoutItsCrds() {
        try (FakeKubernetes plain = FakeKubernetes.builder().controllers(false).start()) {
            assertThat(plain.client().getApiGroup("networking.istio.io")).isNull();
            assertThatThrownBy(() -> plain.client().genericKubernetesResources(GV, "VirtualService")
                    .inNamespace("default").list()).isInstanceOf(KubernetesClientException.class);
        }
    }

    @Test
    void shouldCreateGetAndDeleteVirtualServicesAndDestinationRules() {
        kind("VirtualService").resource(virtualService("crud", 90)).create();
        kind("DestinationRule").resource(destinationRule("crud")).create();

        GenericKubernetesResource vs = kind("VirtualService").withName("crud").get();
        GenericKubernetesResource dr = kind("DestinationRule").withName("crud").get();

        assertThat(vs.getMetadata().getGeneration()).isEqualTo(1);
        assertThat(spec(vs).get("hosts")).isEqualTo(List.of("orders"));
        assertThat(spec(dr).get("subsets")).isEqualTo(List.of(Map.of("name", "canary",
                "labels", Map.of("track", "canary"))));
        assertThat(kind("VirtualService").withName("crud").delete()).hasSize(1);
        assertThat(kind("VirtualService").withName("crud").get()).isNull();
    }

    @Test
    void shouldApplyServerSideAndReportConflictsOnRouteWeights() {
        kind("VirtualService").resource(virtualService("applied", 100)).fieldManager("user").serverSideApply();

        assertThatThrownBy(() -> kind("VirtualService").resource(virtualService("applied", 80))
                .fieldManager("skylark").serverSideApply())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
        GenericKubernetesResource forced = kind("VirtualService").resource(virtualService("applied", 80))
                .fieldManager("skylark").forceConflicts().serverSideApply();

        assertThat(forced.getMetadata().getGeneration()).isEqualTo(2);
        assertThat(forced.getMetadata().getManagedFields()).extracting(m -> m.getManager()).contains("skylark");
    }

    @Test
    void shouldWatchVirtualServices() {
        List<String> events = new CopyOnWriteArrayList<>();
        try (Watch watch = kind("VirtualService").withName("watched").watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, GenericKubernetesResource resource) {
                events.add(action + " " + resource.getMetadata().getGeneration());
            }

            @Override
            public void onClose(WatcherException cause) {
                // closed by the test
            }
        })) {
            kind("VirtualService").resource(virtualService("watched", 100)).create();
            kind("VirtualService").withName("watched").edit(vs -> {
                vs.setAdditionalProperty("spec", virtualService("watched", 50).getAdditionalProperties().get("spec"));
                return vs;
            });
            kind("VirtualService").withName("watched").delete();
            Fixtures.await(() -> events.size() >= 3 ? events : null);
        }
        assertThat(events).containsExactly("ADDED 1", "MODIFIED 2", "DELETED 2");
    }

    private static NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>> kind(String kind) {
        return client.genericKubernetesResources(GV, kind).inNamespace("mesh");
    }

    static GenericKubernetesResource virtualService(String name, int stableWeight) {
        return new GenericKubernetesResourceBuilder().withApiVersion(GV).withKind("VirtualService")
                .withNewMetadata().withName(name).withNamespace("mesh").endMetadata()
                .addToAdditionalProperties("spec", Map.of("hosts", List.of("orders"), "http", List.of(Map.of(
                        "route", List.of(
                                Map.of("destination", Map.of("host", "orders", "subset", "stable"),
                                        "weight", stableWeight),
                                Map.of("destination", Map.of("host", "orders", "subset", "canary"),
                                        "weight", 100 - stableWeight))))))
                .build();
    }

    private static GenericKubernetesResource destinationRule(String name) {
        return new GenericKubernetesResourceBuilder().withApiVersion(GV).withKind("DestinationRule")
                .withNewMetadata().withName(name).withNamespace("mesh").endMetadata()
                .addToAdditionalProperties("spec", Map.of("host", "orders", "subsets", List.of(
                        Map.of("name", "canary", "labels", Map.of("track", "canary")))))
                .build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource r) {
        return (Map<String, Object>) r.getAdditionalProperties().get("spec");
    }
}
