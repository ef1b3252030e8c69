package io.jenkins.plugins.skylark.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestParserTest {
    @Test
    void shouldParseEveryDocumentWithItsTypeAndLine() {
        List<LoadedObject> objects = new ManifestParser().parse(List.of(Fixtures.source("app.yaml")));

        assertThat(objects).extracting(LoadedObject::displayName).containsExactly("ConfigMap/orders-config", "Deployment/orders");
        assertThat(objects.get(0).object()).isInstanceOf(ConfigMap.class);
        assertThat(objects.get(1).object()).isInstanceOf(Deployment.class);
        assertThat(objects.get(1).location()).isEqualTo("app.yaml:9");
    }

    @Test
    void shouldExpandListItems() {
        List<LoadedObject> objects = new ManifestParser().parse(List.of(Fixtures.source("list.yaml")));

        assertThat(objects).extracting(LoadedObject::displayName).containsExactly("ConfigMap/first", "ConfigMap/second");
    }

    @Test
    void shouldNameFileAndLineOfMalformedYaml() {
        assertThatThrownBy(() -> new ManifestParser().parse(List.of(Fixtures.source("malformed.yaml"))))
                .isInstanceOf(InvalidManifestException.class)
                .hasMessageStartingWith("malformed.yaml:10: malformed YAML");
    }

    @Test
    void shouldNameTheLineOfAFieldWithTheWrongType() {
        assertThatThrownBy(() -> new ManifestParser().parse(List.of(Fixtures.source("wrong-type.yaml"))))
                .hasMessageStartingWith("wrong-type.yaml:6: invalid object");
    }

    @Test
    void shouldReportEveryBrokenFileAtOnce() {
        assertThatThrownBy(() -> new ManifestParser().parse(List.of(Fixtures.source("no-name.yaml"),
                Fixtures.source("malformed.yaml"))))
                .isInstanceOfSatisfying(InvalidManifestException.class, e -> assertThat(e.problems()).containsExactly(
                        "no-name.yaml:1: the object has no 'metadata.name'.",
                        "malformed.yaml:10: malformed YAML: mapping values are not allowed here"));
    }
}
