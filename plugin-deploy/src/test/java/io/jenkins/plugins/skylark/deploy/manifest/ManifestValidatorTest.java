package io.jenkins.plugins.skylark.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestValidatorTest {
    private static final KindScopes NO_CUSTOM_KINDS = (apiVersion, kind) -> Optional.empty();

    private static List<String> problems(String fixture, ManifestPolicy policy, KindScopes scopes) {
        List<LoadedObject> objects = new ManifestParser().parse(List.of(Fixtures.source(fixture)));
        return new ManifestValidator(policy, scopes).problems(objects);
    }

    @Test
    void shouldRefuseOtherNamespacesAndClusterScopedKinds() {
        List<String> problems = problems("hostile.yaml", new ManifestPolicy("shop-prod", Set.of(), Set.of()), NO_CUSTOM_KINDS);

        assertThat(problems).containsExactly(
                "hostile.yaml:6: Secret/elsewhere targets namespace 'kube-system'; this environment deploys to namespace 'shop-prod' only.",
                "hostile.yaml:12: ClusterRole/take-over is cluster-scoped; this environment allows no cluster-scoped kinds.",
                "hostile.yaml:21: Namespace/sneaky is cluster-scoped; this environment allows no cluster-scoped kinds.");
    }

    @Test
    void shouldAcceptWhatThePolicyAllows() {
        ManifestPolicy policy = new ManifestPolicy("shop-prod", Set.of("kube-system"), Set.of("ClusterRole", "Namespace"));

        assertThat(problems("hostile.yaml", policy, NO_CUSTOM_KINDS)).isEmpty();
    }

    @Test
    void shouldAskTheClusterAboutCustomKinds() {
        ManifestSource custom = new ManifestSource("vs.yaml", """
                apiVersion: networking.istio.io/v1
                kind: VirtualService
                metadata:
                  name: orders
                ---
                apiVersion: example.com/v1
                kind: Gadget
                metadata:
                  name: g
                """);
        KindScopes scopes = (apiVersion, kind) -> kind.equals("VirtualService") ? Optional.of(true) : Optional.empty();
        List<LoadedObject> objects = new ManifestParser().parse(List.of(custom));

        assertThat(new ManifestValidator(new ManifestPolicy("shop", Set.of(), Set.of()), scopes).problems(objects))
                .containsExactly("vs.yaml:6: kind Gadget (example.com/v1) is not served by the cluster.");
    }

    @Test
    void shouldRefuseTheSameObjectTwice() {
        ManifestSource twice = new ManifestSource("twice.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: a}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: a, namespace: shop}
                """);
        List<LoadedObject> objects = new ManifestParser().parse(List.of(twice));

        assertThat(new ManifestValidator(new ManifestPolicy("shop", Set.of(), Set.of()), NO_CUSTOM_KINDS).problems(objects))
                .containsExactly("twice.yaml:5: ConfigMap/a is already defined at twice.yaml:1.");
    }
}
