package io.jenkins.plugins.skylark.deploy.expose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExposeValidatorTest {

    private static List<String> problems(ExposeRequest request) {
        try {
            ExposeValidator.validate(request);
            return List.of();
        } catch (InvalidExposeException e) {
            return e.problems();
        }
    }

    @Test
    void shouldAcceptTheValidRequests() {
        assertThat(problems(ExposeRequests.ingress())).isEmpty();
        assertThat(problems(ExposeRequests.gateway())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Orders", "orders_v2", "1orders", "orders-", "", "a\"b"})
    void shouldNameTheApplicationField(String application) {
        assertThat(problems(ExposeRequests.withApplication(ExposeRequests.ingress(), application)))
                .singleElement().asString().contains("'application'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "Orders.example.com", "orders .example.com", "orders.example.com\"x",
        "orders.example.com\nx", "10.0.0.1.example.com:80", "*", "a.*.example.com", "orders..example.com",
        "10.0.0.1", "orders.example.com."})
    void shouldNameTheHostFieldOfAHostileOrMalformedHost(String host) {
        List<String> hosts = List.of("shop.example.com", host);

        assertThat(problems(ExposeRequests.withHosts(ExposeRequests.ingress(), hosts)))
                .singleElement().asString().contains("'hosts[1]'");
    }

    @Test
    void shouldAcceptAWildcardHost() {
        assertThat(problems(ExposeRequests.withHosts(ExposeRequests.ingress(), List.of("*.shop.example.com"))))
                .isEmpty();
    }

    @Test
    void shouldRequireHostsAndPathsAndRefuseRepeats() {
        assertThat(problems(ExposeRequests.withHosts(ExposeRequests.ingress(), List.of())))
                .singleElement().asString().contains("'host'");
        assertThat(problems(ExposeRequests.withHosts(ExposeRequests.ingress(), List.of("a.example.com",
                "A.example.com")))).anySatisfy(p -> assertThat(p).contains("'hosts'"));
        assertThat(problems(ExposeRequests.withPaths(ExposeRequests.ingress(), List.of())))
                .singleElement().asString().contains("'path'");
        assertThat(problems(ExposeRequests.withPaths(ExposeRequests.ingress(), List.of(ExposePath.prefix("/api"),
                ExposePath.exact("/api"))))).singleElement().asString().contains("'paths[1]'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "/a b", "/a\"}", "/a{b}", "/a\nb", "/a<script>", ""})
    void shouldNameThePathFieldOfAHostileOrRelativePath(String path) {
        List<ExposePath> paths = List.of(ExposePath.prefix("/"), ExposePath.prefix(path));

        assertThat(problems(ExposeRequests.withPaths(ExposeRequests.ingress(), paths)))
                .singleElement().asString().contains("'paths[1]'");
    }

    @Test
    void shouldNameThePathTypeField() {
        List<ExposePath> paths = List.of(new ExposePath("/api", null));

        assertThat(problems(ExposeRequests.withPaths(ExposeRequests.ingress(), paths)))
                .singleElement().asString().contains("'paths[0].type'");
    }

    @Test
    void shouldNamePortAndTlsFields() {
        assertThat(problems(ExposeRequests.withPortAndTls(ExposeRequests.ingress(), 0, "orders-tls")))
                .singleElement().asString().contains("'port'").contains("0");
        assertThat(problems(ExposeRequests.withPortAndTls(ExposeRequests.ingress(), 65536, "orders-tls")))
                .singleElement().asString().contains("'port'");
        assertThat(problems(ExposeRequests.withPortAndTls(ExposeRequests.ingress(), 8080, "Orders TLS")))
                .singleElement().asString().contains("'tls'");
    }

    @Test
    void shouldRefuseATlsSecretOnAGatewayRouteNamingTheGateway() {
        assertThat(problems(ExposeRequests.withPortAndTls(ExposeRequests.gateway(), 8080, "orders-tls")))
                .singleElement().asString().contains("'tls'").contains("public");
    }

    @Test
    void shouldNameTheRouterFields() {
        assertThat(problems(ExposeRequests.request(Router.gateway(null, null), null, false)))
                .singleElement().asString().contains("'gateway'");
        assertThat(problems(ExposeRequests.request(Router.gateway("public", "Infra NS"), null, false)))
                .singleElement().asString().contains("'gatewayNamespace'");
        assertThat(problems(ExposeRequests.request(Router.ingress("nginx class"), null, false)))
                .singleElement().asString().contains("'ingressClass'");
        assertThat(problems(ExposeRequests.request(null, null, false))).singleElement().asString()
                .contains("router");
    }

    @Test
    void shouldRefuseAnnotationsOutsideTheAllowListNamingThemAndTheList() {
        Map<String, String> annotations = Map.of("nginx.ingress.kubernetes.io/rewrite-target", "/",
                "nginx.ingress.kubernetes.io/configuration-snippet", "deny all;",
                "external-dns.alpha.kubernetes.io/ttl", "60");
        List<String> allowed = List.of("nginx.ingress.kubernetes.io/rewrite-target", "external-dns.alpha.kubernetes.io/*");

        assertThat(problems(ExposeRequests.withAnnotations(ExposeRequests.ingress(), annotations, allowed)))
                .singleElement().asString().contains("'annotations'")
                .contains("nginx.ingress.kubernetes.io/configuration-snippet")
                .doesNotContain("refused: nginx.ingress.kubernetes.io/rewrite-target")
                .contains("Allowed: nginx.ingress.kubernetes.io/rewrite-target, external-dns.alpha.kubernetes.io/*");
    }

    @Test
    void shouldRefuseEveryAnnotationWhenNoneIsAllowedAndSkylarksOwnAlways() {
        assertThat(problems(ExposeRequests.withAnnotations(ExposeRequests.ingress(), Map.of("a.example/b", "1"),
                List.of()))).singleElement().asString().contains("a.example/b").contains("no extra annotations");
        assertThat(problems(ExposeRequests.withAnnotations(ExposeRequests.ingress(),
                Map.of("skylark.jenkins.io/application", "payments"), List.of("skylark.jenkins.io/*"))))
                .singleElement().asString().contains("skylark.jenkins.io/application");
    }

    @Test
    void shouldNameNullElementsInsteadOfFailingOnThem() {
        assertThat(problems(ExposeRequests.withHosts(ExposeRequests.ingress(), Arrays.asList("shop.example.com",
                null)))).singleElement().asString().contains("'hosts[1]'");
        assertThat(problems(ExposeRequests.withPaths(ExposeRequests.ingress(), Arrays.asList(ExposePath.prefix("/"),
                null)))).singleElement().asString().contains("'paths[1]'");
        Map<String, String> annotations = new HashMap<>();
        annotations.put("nginx.ingress.kubernetes.io/rewrite-target", null);
        assertThat(problems(ExposeRequests.withAnnotations(ExposeRequests.ingress(), annotations,
                List.of("nginx.ingress.kubernetes.io/*")))).singleElement().asString()
                .contains("'annotations'").contains("rewrite-target");
    }

    @Test
    void shouldListEveryProblemAtOnceBeforeBuildingAnything() {
        ExposeRequest bad = new ExposeRequest("Orders", "shop-prod", List.of("x"), List.of(ExposePath.prefix("y")),
                0, null, Router.ingress(null), Map.of(), List.of(), false, null);

        assertThatThrownBy(() -> ExposeObjects.of(bad)).isInstanceOf(InvalidExposeException.class)
                .satisfies(e -> assertThat(((InvalidExposeException) e).problems()).hasSize(4));
    }
}
