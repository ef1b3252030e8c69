package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Gateway API kinds are served like built-in ones once their CRDs are installed. */
class GatewayApiResourcesTest {

    private static final String GV = "gateway.networking.k8s.io/v1";

    private static FakeKubernetes fake;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        fake = FakeKubernetes.builder().gatewayApi().controllers(false).namespaces("routes").start();
        client = fake.client();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void shouldServeTheGatewayApiKindsInDiscovery() {
        assertThat(client.getApiGroup("gateway.networking.k8s.io").getPreferredVersion().getGroupVersion())
                .isEqualTo(GV);
        List<APIResource> resources = client.getApiResources(GV).getResources();
        assertThat(resources).extracting(APIResource::getName)
                .contains("gatewayclasses", "gatewayclasses/status", "gateways", "gateways/status", "httproutes",
                        "httproutes/status");
        assertThat(resources).filteredOn(r -> r.getName().equals("gatewayclasses")).singleElement()
                .satisfies(r -> assertThat(r.getNamespaced()).isFalse());
        assertThat(resources).filteredOn(r -> r.getName().equals("httproutes")).singleElement()
                .satisfies(r -> assertThat(r.getNamespaced()).isTrue());
        assertThat(client.apiextensions().v1().customResourceDefinitions().list().getItems())
                .extracting(crd -> crd.getMetadata().getName())
                .contains("gatewayclasses.gateway.networking.k8s.io", "gateways.gateway.networking.k8s.io",
                        "httproutes.gateway.networking.k8s.io");
    }

    @Test
    void shouldNotServeTheGatewayApiWithoutItsCrds() {
        try (FakeKubernetes plain = FakeKubernetes.builder().controllers(false).start()) {
            assertThat(plain.client().getApiGroup("gateway.networking.k8s.io")).isNull();
            assertThatThrownBy(() -> plain.client().genericKubernetesResources(GV, "HTTPRoute").inNamespace("default")
                    .list()).isInstanceOf(KubernetesClientException.class);
        }
    }

    @Test
    void shouldCreateUpdateAndDeleteRoutesBumpingGenerationOnSpecChangesOnly() {
        GenericKubernetesResource created = routes().resource(route("crud", "a.example.com")).create();
        GenericKubernetesResource edited = routes().withName("crud").edit(r -> withHostname(r, "b.example.com"));
        GenericKubernetesResource labelled = routes().withName("crud").edit(r -> {
            r.getMetadata().getLabels().put("team", "a");
            return r;
        });

        assertThat(created.getMetadata().getGeneration()).isEqualTo(1);
        assertThat(edited.getMetadata().getGeneration()).isEqualTo(2);
        assertThat(labelled.getMetadata().getGeneration()).isEqualTo(2);
        assertThat(routes().withName("crud").delete()).hasSize(1);
        assertThat(routes().withName("crud").get()).isNull();
    }

    @Test
    void shouldWriteStatusOnlyThroughTheSubresourceWithoutBumpingGeneration() {
        GenericKubernetesResource route = route("reported", "s.example.com");
        route.setAdditionalProperty("status", Map.of("parents", List.of()));
        GenericKubernetesResource created = routes().resource(route).create();
        assertThat(created.getAdditionalProperties()).as("status dropped on create").doesNotContainKey("status");

        created.setAdditionalProperty("status", Map.of("parents", List.of(Map.of("controllerName", "x.io/c"))));
        GenericKubernetesResource withStatus = routes().resource(created).updateStatus();
        // a main-resource PUT without status, as clients unaware of the status send it
        GenericKubernetesResource toPut = withHostname(stripStatus(routes().withName("reported").get()), "t.example.com");
        GenericKubernetesResource specChanged = routes().resource(toPut).update();

        assertThat(withStatus.getAdditionalProperties().get("status"))
                .isEqualTo(Map.of("parents", List.of(Map.of("controllerName", "x.io/c"))));
        assertThat(withStatus.getMetadata().getGeneration()).isEqualTo(1);
        assertThat(specChanged.getMetadata().getGeneration()).isEqualTo(2);
        assertThat(specChanged.getAdditionalProperties().get("status")).as("kept by main-resource writes")
                .isEqualTo(withStatus.getAdditionalProperties().get("status"));
    }

    @Test
    void shouldApplyServerSideWithFieldManagersAndConflicts() {
        routes().resource(route("applied", "one.example.com")).fieldManager("other").serverSideApply();

        assertThatThrownBy(() -> routes().resource(route("applied", "two.example.com")).fieldManager("skylark")
                .serverSideApply()).isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("conflict with \"other\"").contains(".spec.hostnames");
                });
        GenericKubernetesResource forced = routes().resource(route("applied", "two.example.com"))
                .fieldManager("skylark").forceConflicts().serverSideApply();

        assertThat(spec(forced).get("hostnames")).isEqualTo(List.of("two.example.com"));
        assertThat(forced.getMetadata().getGeneration()).isEqualTo(2);
        assertThat(forced.getMetadata().getManagedFields()).extracting(m -> m.getManager()).contains("skylark");
    }

    @Test
    void shouldWatchRoutes() {
        List<String> events = new CopyOnWriteArrayList<>();
        try (Watch watch = routes().withName("watched").watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, GenericKubernetesResource resource) {
                events.add(action + " " + spec(resource).get("hostnames"));
            }

            @Override
            public void onClose(WatcherException cause) {
                // closed by the test
            }
        })) {
            routes().resource(route("watched", "w1.example.com")).create();
            routes().withName("watched").edit(r -> withHostname(r, "w2.example.com"));
            routes().withName("watched").delete();
            Fixtures.await(() -> events.size() >= 3 ? events : null);
        }
        assertThat(events).containsExactly("ADDED [w1.example.com]", "MODIFIED [w2.example.com]",
                "DELETED [w2.example.com]");
    }

    private static NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>> routes() {
        return client.genericKubernetesResources(GV, "HTTPRoute").inNamespace("routes");
    }

    static GenericKubernetesResource route(String name, String hostname) {
        return new GenericKubernetesResourceBuilder().withApiVersion(GV).withKind("HTTPRoute")
                .withNewMetadata().withName(name).withNamespace("routes").addToLabels("app", name).endMetadata()
                .addToAdditionalProperties("spec", Map.of("hostnames", List.of(hostname),
                        "parentRefs", List.of(Map.of("name", "public"))))
                .build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource r) {
        return (Map<String, Object>) r.getAdditionalProperties().get("spec");
    }

    private static GenericKubernetesResource withHostname(GenericKubernetesResource r, String hostname) {
        spec(r).put("hostnames", List.of(hostname));
        return r;
    }

    private static GenericKubernetesResource stripStatus(GenericKubernetesResource r) {
        r.getAdditionalProperties().remove("status");
        return r;
    }
}
