package io.jenkins.plugins.skylark.deploy.expose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteConflictsTest {

    /** Another application's route, built the way Skylark builds it. */
    private static HasMetadata routeOf(ExposeRequest request) {
        List<HasMetadata> objects = ExposeObjects.of(request);
        return objects.get(objects.size() - 1);
    }

    private static ExposeRequest payments(ExposeRequest base, String host, String path) {
        return ExposeRequests.withPaths(ExposeRequests.withHosts(ExposeRequests.withApplication(base, "payments"),
                List.of(host)), List.of(ExposePath.prefix(path)));
    }

    private static List<String> problems(ExposeRequest request, List<HasMetadata> existing) {
        try {
            RouteConflicts.check(request, existing);
            return List.of();
        } catch (InvalidExposeException e) {
            return e.problems();
        }
    }

    @Test
    void shouldRefuseAHostAndPathAnotherApplicationsIngressServesNamingBoth() {
        HasMetadata other = routeOf(payments(ExposeRequests.ingress(), "shop.example.com", "/"));

        assertThat(problems(ExposeRequests.ingress(), List.of(other))).singleElement().asString()
                .contains("shop.example.com").contains("Ingress shop-prod/payments").contains("payments")
                .contains("orders");
    }

    @Test
    void shouldRefuseAHostAndPathAnotherApplicationsHttpRouteServes() {
        HasMetadata other = routeOf(payments(ExposeRequests.gateway(), "shop.example.com", "/healthz"));

        assertThat(problems(ExposeRequests.gateway(), List.of(other))).singleElement().asString()
                .contains("shop.example.com").contains("/healthz").contains("HTTPRoute shop-prod/payments");
    }

    @Test
    void shouldAllowOtherPathsOtherHostsAndTheApplicationsOwnRoute() {
        List<HasMetadata> existing = List.of(
                routeOf(payments(ExposeRequests.ingress(), "shop.example.com", "/payments")),
                routeOf(payments(ExposeRequests.gateway(), "payments.example.com", "/")),
                routeOf(ExposeRequests.ingress()), routeOf(ExposeRequests.gateway()));

        assertThatCode(() -> RouteConflicts.check(ExposeRequests.ingress(), existing)).doesNotThrowAnyException();
        assertThatCode(() -> RouteConflicts.check(ExposeRequests.gateway(), existing)).doesNotThrowAnyException();
    }

    @Test
    void shouldLetAnExactHostWinOverHostlessAndWildcardRoutes() {
        Ingress catchAll = new IngressBuilder().withNewMetadata().withName("default").withNamespace("shop-prod")
                .endMetadata().withNewSpec().addNewRule().withNewHttp().addNewPath().withPath("/")
                .withPathType("Prefix").endPath().endHttp().endRule().endSpec().build();
        HasMetadata wildcard = routeOf(payments(ExposeRequests.ingress(), "*.example.com", "/"));

        assertThatCode(() -> RouteConflicts.check(ExposeRequests.ingress(), List.of(catchAll, wildcard)))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldTreatARouteWithoutSkylarksLabelAsSomeoneElses() {
        Ingress manual = (Ingress) routeOf(ExposeRequests.ingress());
        manual.getMetadata().setLabels(Map.of("app", "orders"));

        assertThat(problems(ExposeRequests.ingress(), List.of(manual)))
                .anySatisfy(p -> assertThat(p).contains("Ingress shop-prod/orders").contains("not created by Skylark"))
                .anySatisfy(p -> assertThat(p).contains("orders.shop.example.com").contains("/healthz"));
    }

    @Test
    void shouldRefuseTakingOverARouteNameAnotherApplicationHolds() {
        GenericKubernetesResource route = (GenericKubernetesResource) routeOf(ExposeRequests.gateway());
        route.getMetadata().setLabels(Map.of(SkylarkLabels.APPLICATION, "legacy"));
        route.setAdditionalProperty("spec", Map.of("hostnames", List.of("legacy.example.com")));

        assertThat(problems(ExposeRequests.gateway(), List.of(route))).singleElement().asString()
                .contains("HTTPRoute shop-prod/orders").contains("legacy");
        // The same name in the other API is a different object: no takeover there.
        assertThat(problems(ExposeRequests.ingress(), List.of(route))).isEmpty();
    }

    @Test
    void shouldReadAnHttpRouteMatchWithoutPathAsEveryPath() {
        GenericKubernetesResource route = (GenericKubernetesResource) routeOf(
                payments(ExposeRequests.gateway(), "shop.example.com", "/x"));
        route.setAdditionalProperty("spec", Map.of("hostnames", List.of("shop.example.com"),
                "rules", List.of(Map.of("backendRefs", List.of()))));

        assertThat(problems(ExposeRequests.gateway(), List.of(route))).singleElement().asString()
                .contains("shop.example.com").contains("path /");
    }
}
