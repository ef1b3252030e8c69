package io.jenkins.plugins.skylark.metrics;

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
    void shouldIndexItsExtensions() throws IOException {
        assertThat(hpi.indexedExtensions()).contains(
                "io.jenkins.plugins.skylark.metrics.jenkins.MetricsConfiguration",
                "io.jenkins.plugins.skylark.metrics.jenkins.MetricsDeliveryListener",
                "io.jenkins.plugins.skylark.metrics.jenkins.DeliveryReportStep$DescriptorImpl");
    }

    @Test
    void shouldDependOnSkylarkPipelineAndThePluginsItUses() throws IOException {
        assertThat(hpi.dependencies()).containsKeys("skylark-pipeline", "workflow-step-api", "credentials", "jackson2-api");
        assertThat(hpi.libraries()).anyMatch(jar -> jar.startsWith("h2-"))
                .noneMatch(jar -> jar.startsWith("skylark-pipeline") || jar.startsWith("jackson-"));
    }
}
