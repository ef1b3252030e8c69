package io.jenkins.plugins.skylark.deploy.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestFilesTest {

    @Test
    void shouldReadAFolderRecursivelyInPathOrderSkippingOtherFiles() {
        List<ManifestSource> sources = ManifestFiles.read(Fixtures.folder(), List.of("folder"));

        assertThat(sources).extracting(ManifestSource::name)
                .containsExactly("folder/a-config.yml", "folder/b-service.yaml", "folder/nested/c.json");
    }

    @Test
    void shouldMixFilesAndFolders() {
        List<ManifestSource> sources = ManifestFiles.read(Fixtures.folder(), List.of("app.yaml", "folder/nested"));

        assertThat(sources).extracting(ManifestSource::name).containsExactly("app.yaml", "folder/nested/c.json");
    }

    @Test
    void shouldRefusePathsOutsideTheWorkspaceAndMissingOnes() {
        assertThatThrownBy(() -> ManifestFiles.read(Fixtures.folder(), List.of("../../../../etc", "nope.yaml")))
                .isInstanceOfSatisfying(InvalidManifestException.class, e -> assertThat(e.problems())
                        .hasSize(2).anySatisfy(p -> assertThat(p).contains("../../../../etc"))
                        .anySatisfy(p -> assertThat(p).contains("nope.yaml")));
    }
}
