package io.jenkins.plugins.skylark.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.packaging.HpiInspection;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs after {@code package}: the built .hpi must be installable as it is. */
class HpiPackagingIT {
    private final HpiInspection hpi = HpiInspection.of(Path.of(System.getProperty("hpi.file")),
            System.getProperty("hpi.shortName"), System.getProperty("hpi.version"));

    @Test
    void shouldBeAnInstallableJenkinsPlugin() {
        assertThat(hpi.problems()).isEmpty();
    }

    @Test
    void shouldIndexTheConfigurationFolderPropertyAndSteps() throws IOException {
        assertThat(hpi.indexedExtensions()).contains(
                "io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration",
                "io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty$DescriptorImpl",
                "io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep$DescriptorImpl");
    }

    @Test
    void shouldDependOnThePluginsItsAdaptersUse() {
        assertThat(hpi.dependencies()).containsKeys("workflow-step-api", "cloudbees-folder", "credentials",
                "plain-credentials", "jackson2-api", "snakeyaml-api");
    }

    @Test
    void shouldBundleJibButNotWhatJenkinsAlreadyHas() throws IOException {
        assertThat(hpi.libraries()).anyMatch(jar -> jar.startsWith("jib-core-"))
                .noneMatch(jar -> jar.startsWith("jackson-") || jar.startsWith("guava-")
                        || jar.startsWith("snakeyaml-") || jar.startsWith("groovy"));
    }
}
