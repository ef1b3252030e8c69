package io.jenkins.plugins.skylark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.packaging.HpiInspection;
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
}
