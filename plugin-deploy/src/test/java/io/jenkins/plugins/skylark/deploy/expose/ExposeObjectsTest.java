package io.jenkins.plugins.skylark.deploy.expose;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ExposeObjectsTest {

    @Test
    void shouldBuildTheServiceAndAnIngressWithClassHostsPathsAndTls() {
        List<HasMetadata> objects = ExposeObjects.of(ExposeRequests.ingress());

        assertThat(objects).extracting(HasMetadata::getKind).containsExactly("Service", "Ingress");
        Ingress ingress = (Ingress) objects.get(1);
        assertThat(ingress.getApiVersion()).isEqualTo("networking.k8s.io/v1");
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getRules()).extracting(r -> r.getHost())
                .containsExactly("orders.shop.example.com", "shop.example.com");
        List<HTTPIngressPath> paths = ingress.getSpec().getRules().get(1).getHttp().getPaths();
        assertThat(paths).extracting(HTTPIngressPath::getPath, HTTPIngressPath::getPathType)
                .containsExactly(Tuple.tuple("/", "Prefix"),
                        Tuple.tuple("/healthz", "Exact"));
        assertThat(paths.get(0).getBackend().getService().getName()).isEqualTo("orders");
        assertThat(paths.get(0).getBackend().getService().getPort().getNumber()).isEqualTo(8080);
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getSecretName()).isEqualTo("orders-tls");
            assertThat(tls.getHosts()).containsExactly("orders.shop.example.com", "shop.example.com");
        });
    }

    @Test
    void shouldLabelAndAnnotateLikeOtherSkylarkObjects() {
        for (HasMetadata object : ExposeObjects.of(ExposeRequests.ingress())) {
            assertThat(object.getMetadata().getName()).isEqualTo("orders");
            assertThat(object.getMetadata().getNamespace()).isEqualTo("shop-prod");
            assertThat(object.getMetadata().getLabels()).containsEntry(SkylarkLabels.APPLICATION, "orders");
            assertThat(object.getMetadata().getAnnotations()).containsEntry(SkylarkLabels.BUILD_URL,
                    ExposeRequests.BUILD);
        }
        Ingress ingress = (Ingress) ExposeObjects.of(ExposeRequests.ingress()).get(1);
        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "8m");
    }

    @Test
    void shouldSelectTheApplicationsPodsFromTheService() {
        Service service = (Service) ExposeObjects.of(ExposeRequests.ingress()).get(0);

        assertThat(service.getSpec().getSelector()).isEqualTo(Map.of(SkylarkLabels.APPLICATION, "orders"));
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getPort()).isEqualTo(8080);
            assertThat(port.getTargetPort().getIntVal()).isEqualTo(8080);
        });
        assertThat(service.getMetadata().getAnnotations()).doesNotContainKey("nginx.ingress.kubernetes.io/proxy-body-size");
    }

    @Test
    void shouldLeaveTheClassOutWhenTheEnvironmentNamesNone() {
        Ingress ingress = (Ingress) ExposeObjects.of(ExposeRequests.request(Router.ingress(null), null, false)).get(0);

        assertThat(ingress.getSpec().getIngressClassName()).isNull();
        assertThat(ingress.getSpec().getTls()).isNullOrEmpty();
    }

    @Test
    void shouldBuildAnHttpRouteAttachedToTheGatewayPerTheGatewayApi() {
        List<HasMetadata> objects = ExposeObjects.of(ExposeRequests.gateway());

        assertThat(objects).singleElement().isInstanceOf(GenericKubernetesResource.class);
        GenericKubernetesResource route = (GenericKubernetesResource) objects.get(0);
        assertThat(route.getApiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
        assertThat(route.getKind()).isEqualTo("HTTPRoute");
        assertThat(route.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "8m");
        // Round trip through JSON, as it is sent: the field names are the API's.
        Map<?, ?> json = Serialization.unmarshal(Serialization.asJson(route), Map.class);
        Map<?, ?> spec = (Map<?, ?>) json.get("spec");
        assertThat(spec.get("parentRefs")).isEqualTo(List.of(Map.of("group", "gateway.networking.k8s.io",
                "kind", "Gateway", "name", "public", "namespace", "infra")));
        assertThat(spec.get("hostnames")).isEqualTo(List.of("orders.shop.example.com", "shop.example.com"));
        assertThat(spec.get("rules")).isEqualTo(List.of(Map.of(
                "matches", List.of(Map.of("path", Map.of("type", "PathPrefix", "value", "/")),
                        Map.of("path", Map.of("type", "Exact", "value", "/healthz"))),
                "backendRefs", List.of(Map.of("name", "orders", "port", 8080)))));
    }

    @Test
    void shouldOmitTheParentNamespaceWhenTheGatewayIsInTheRoutesNamespace() {
        GenericKubernetesResource route = (GenericKubernetesResource) ExposeObjects
                .of(ExposeRequests.request(Router.gateway("public", null), null, false)).get(0);

        Map<?, ?> spec = (Map<?, ?>) route.getAdditionalProperties().get("spec");
        assertThat((List<?>) spec.get("parentRefs")).singleElement()
                .satisfies(parent -> assertThat(((Map<?, ?>) parent).containsKey("namespace")).isFalse());
    }
}
