package io.jenkins.plugins.skylark.deploy.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.deploy.expose.ExposePath;
import io.jenkins.plugins.skylark.deploy.expose.ExposeRequest;
import io.jenkins.plugins.skylark.deploy.expose.InvalidExposeException;
import io.jenkins.plugins.skylark.deploy.expose.Router;
import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.Exposure;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.RouteKind;
import io.jenkins.plugins.skylark.platform.Workload;
import io.jenkins.plugins.skylark.platform.WorkloadKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** platformExpose's arguments: defaults from the environment's exposure, every bad value named by its field. */
class ExposeInputsTest {
    private static final Application ORDERS = new Application("orders", "shop",
            List.of(new Workload(WorkloadKind.DEPLOYMENT, "orders", List.of("app"))), "shop/orders", null);
    private static final ResolvedPlatformContext DEV = new ResolvedPlatformContext("shop", "dev", "east",
            "https://east:6443", null, false, "shop-dev", "east-token", null, null, null, null, false, null, null);

    private static PlatformModel model(Exposure exposure) {
        Environment dev = new Environment("dev", "shop", "east", "shop-dev", 1, false, List.of(), null, false, exposure);
        return new PlatformModel(null, null, null, List.of(dev), List.of(ORDERS), null,
                List.of("nginx.ingress.kubernetes.io/*"));
    }

    private static ExposeRequest request(Exposure exposure, ExposeArguments arguments) {
        return ExposeInputs.request(model(exposure), DEV, "platformExpose", "orders", arguments, "https://ci/7/");
    }

    private static ExposeArguments args(String host, Object hosts, String path, Object paths, int port, Object annotations) {
        return new ExposeArguments(host, hosts, path, paths, port, null, annotations);
    }

    @Test
    void shouldDefaultTheHostFromTheDomainAndTheRouterFromTheEnvironment() {
        Exposure gateway = new Exposure(RouteKind.GATEWAY, null, "public", "infra", "apps.example.com");

        ExposeRequest request = request(gateway, args(null, null, null, null, 8080, null));

        assertThat(request.hosts()).containsExactly("orders.dev.apps.example.com");
        assertThat(request.paths()).containsExactly(ExposePath.prefix("/"));
        assertThat(request.router()).isEqualTo(Router.gateway("public", "infra"));
        assertThat(request.namespace()).isEqualTo("shop-dev");
    }

    @Test
    void shouldTakeListsOfHostsAndTypedPathsAndAllowedAnnotations() {
        ExposeRequest request = request(Exposure.DEFAULT, args(null, List.of("a.example.com", "b.example.com"), null,
                List.of("/", Map.of("path", "/healthz", "pathType", "Exact")), 8080,
                Map.of("nginx.ingress.kubernetes.io/proxy-body-size", "8m")));

        assertThat(request.hosts()).containsExactly("a.example.com", "b.example.com");
        assertThat(request.paths()).containsExactly(ExposePath.prefix("/"), ExposePath.exact("/healthz"));
        assertThat(request.annotations()).containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "8m");
        assertThat(request.router()).isEqualTo(Router.ingress(null));
    }

    @Test
    void shouldTakeTheSnippetGeneratorsStrings() {
        ExposeRequest request = request(Exposure.DEFAULT, args(null, "a.example.com, b.example.com", null, "/, /api",
                8080, "nginx.ingress.kubernetes.io/proxy-body-size=8m\n"));

        assertThat(request.hosts()).containsExactly("a.example.com", "b.example.com");
        assertThat(request.paths()).containsExactly(ExposePath.prefix("/"), ExposePath.prefix("/api"));
        assertThat(request.annotations()).containsExactly(Map.entry("nginx.ingress.kubernetes.io/proxy-body-size", "8m"));
    }

    @Test
    void shouldNameHostWhenThereIsNeitherHostNorDomain() {
        assertThatThrownBy(() -> request(Exposure.DEFAULT, args(null, null, null, null, 8080, null)))
                .isInstanceOf(InvalidExposeException.class)
                .hasMessage("Field 'host' of platformExpose is required: environment 'dev' has no default domain to "
                        + "make <application>.dev.<domain> from.");
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> request(Exposure.DEFAULT, args("a.example.com", List.of("b.example.com"), "/",
                List.of(Map.of("path", "/x", "pathType", "Regex", "weight", 3), 42), 8080, List.of("x"))))
                .isInstanceOf(InvalidExposeException.class)
                .hasMessageContaining("Fields 'host' and 'hosts' of platformExpose: give one of them, not both.")
                .hasMessageContaining("Fields 'path' and 'paths'")
                .hasMessageContaining("Field 'paths[0]' of platformExpose has unknown keys: weight")
                .hasMessageContaining("Field 'paths[0].pathType' of platformExpose must be Prefix or Exact, was 'Regex'.")
                .hasMessageContaining("Field 'paths[1]' of platformExpose must be a path string or [path: ..., pathType: ...], was Integer.")
                .hasMessageContaining("Field 'annotations' of platformExpose must be a map, was List");
    }

    @Test
    void shouldNamePortAndTls() {
        assertThatThrownBy(() -> ExposeInputs.request(model(Exposure.DEFAULT), DEV, "platformExpose", "orders",
                new ExposeArguments("a.example.com", null, null, null, 0, "Bad Secret", null), null))
                .hasMessageContaining("Field 'port' must be between 1 and 65535, was 0.")
                .hasMessageContaining("Field 'tls' must be a lower-case DNS name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders.example.com\"}", "orders.example.com\nx: y", "orders example.com", "10.0.0.1",
            "ORDERS.example.com", "orders.example.com/evil", "${jndi:ldap://x}.example.com"})
    void shouldRefuseHostileHostsNamingTheField(String host) {
        assertThatThrownBy(() -> request(Exposure.DEFAULT, args(host, null, null, null, 8080, null)))
                .isInstanceOf(InvalidExposeException.class).hasMessageContaining("Field 'hosts[0]'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a b", "/{x}", "/\"quoted\"", "relative", "/a\nb", "/<script>"})
    void shouldRefuseHostilePathsNamingTheField(String path) {
        assertThatThrownBy(() -> request(Exposure.DEFAULT, args("a.example.com", null, path, null, 8080, null)))
                .isInstanceOf(InvalidExposeException.class).hasMessageContaining("Field 'paths[0]'");
    }

    @Test
    void shouldRefuseAnnotationsTheAdministratorDidNotAllowOrThatCouldBreakTheObject() {
        assertThatThrownBy(() -> request(Exposure.DEFAULT, args("a.example.com", null, null, null, 8080,
                Map.of("skylark.jenkins.io/application", "other", "nginx.ingress.kubernetes.io/x\" y", "1",
                        "nginx.ingress.kubernetes.io/server-snippet", "ok\u0000"))))
                .isInstanceOf(InvalidExposeException.class)
                .hasMessageContaining("not allowed by the administrator: skylark.jenkins.io/application")
                .hasMessageContaining("'nginx.ingress.kubernetes.io/x\" y' is not a valid annotation key")
                .hasMessageContaining("the value of 'nginx.ingress.kubernetes.io/server-snippet' contains control characters");
    }

    @Test
    void shouldRefuseAnApplicationOfAnotherProject() {
        assertThatThrownBy(() -> ExposeInputs.request(model(Exposure.DEFAULT), DEV, "platformExpose", "ledger",
                args("a.example.com", null, null, null, 8080, null), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no application 'ledger'");
    }
}
