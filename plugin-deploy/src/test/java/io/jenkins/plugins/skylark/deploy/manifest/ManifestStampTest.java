package io.jenkins.plugins.skylark.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestStampTest {
    private static final String IMAGE = "registry.example/shop/orders@" + ImageReferenceTest.DIGEST;
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    private static List<LoadedObject> stamped(Set<String> containers, String image) {
        List<LoadedObject> objects = new ManifestParser().parse(List.of(Fixtures.source("app.yaml")));
        ManifestStamp stamp = new ManifestStamp("shop-prod", "orders", ImageReference.parse(image, true), containers,
                "1.4.0", COMMIT, "https://ci.example/job/orders/7/");
        assertThat(stamp.apply(objects)).isEmpty();
        return objects;
    }

    @Test
    void shouldSetTheImageOnContainersOfTheSameRepositoryOnly() {
        Deployment deployment = (Deployment) stamped(Set.of(), IMAGE).get(1).object();

        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers())
                .extracting(c -> c.getImage()).containsExactly(IMAGE, "envoyproxy/envoy:v1.30");
    }

    @Test
    void shouldSetTheImageOnNamedContainers() {
        Deployment deployment = (Deployment) stamped(Set.of("proxy"), IMAGE).get(1).object();

        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers())
                .extracting(c -> c.getImage()).containsExactly("registry.example/shop/orders:1.0", IMAGE);
    }

    @Test
    void shouldLabelObjectsAndKeepTheBuildUrlOutOfPodTemplates() {
        Deployment deployment = (Deployment) stamped(Set.of(), IMAGE).get(1).object();

        assertThat(deployment.getMetadata().getNamespace()).isEqualTo("shop-prod");
        assertThat(deployment.getMetadata().getLabels()).containsEntry("app.kubernetes.io/name", "orders-api")
                .containsEntry("skylark.jenkins.io/application", "orders")
                .containsEntry("skylark.jenkins.io/version", "1.4.0").containsEntry("skylark.jenkins.io/commit", COMMIT);
        assertThat(deployment.getMetadata().getAnnotations())
                .containsEntry("skylark.jenkins.io/build-url", "https://ci.example/job/orders/7/");
        assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry("skylark.jenkins.io/commit", COMMIT).doesNotContainKey("skylark.jenkins.io/build-url");
        assertThat(deployment.getSpec().getSelector().getMatchLabels()).containsOnlyKeys("app");
    }

    @Test
    void shouldReportAnImageThatMatchesNoContainer() {
        List<LoadedObject> objects = new ManifestParser().parse(List.of(Fixtures.source("app.yaml")));
        ManifestStamp stamp = new ManifestStamp("shop-prod", "orders",
                ImageReference.parse("other/repo@" + ImageReferenceTest.DIGEST, false), Set.of(), null, null, null);

        assertThat(stamp.apply(objects)).singleElement().asString().contains("matched no container");
    }
}
