package io.jenkins.plugins.skylark.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void shouldPutTheEmbeddedDatabaseUnderJenkinsHome() {
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("/var/jenkins_home"));

        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:/var/jenkins_home/skylark-metrics/metrics;");
    }

    @Test
    void shouldMakeEmbeddedCommitsDurableBeforeAcknowledgingThem() {
        // H2's default write delay (500 ms) lost acknowledged events on kill -9 (issue 8 §6).
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("/var/jenkins_home"));

        assertThat(settings.jdbcUrl()).contains(";WRITE_DELAY=0");
    }

    @Test
    void shouldForceCommitsToDiskOnlyForLocalH2FilesThatAskForDurableCommits() {
        assertThat(DatabaseSettings.embedded(Path.of("/var/jenkins_home")).h2DurableFile()).isTrue();
        assertThat(new DatabaseSettings("jdbc:h2:/data/metrics;write_delay=0", null, null).h2DurableFile()).isTrue();
        assertThat(new DatabaseSettings("jdbc:h2:file:/data/metrics", null, null).h2DurableFile()).isFalse();
        assertThat(new DatabaseSettings("jdbc:h2:file:/data/metrics;WRITE_DELAY=500", null, null).h2DurableFile()).isFalse();
        assertThat(new DatabaseSettings("jdbc:h2:mem:metrics;WRITE_DELAY=0", null, null).h2DurableFile()).isFalse();
        assertThat(new DatabaseSettings("jdbc:h2:tcp://db/metrics;WRITE_DELAY=0", null, null).h2DurableFile()).isFalse();
        assertThat(new DatabaseSettings("jdbc:postgresql://db/metrics", null, null).h2DurableFile()).isFalse();
    }

    @Test
    void shouldNeverShowThePassword() {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:postgresql://db:5432/metrics?password=url-secret", "metrics", "field-secret");

        assertThat(settings.toString()).contains("jdbc:postgresql://db:5432/metrics")
                .doesNotContain("url-secret").doesNotContain("field-secret");
    }

    @Test
    void shouldRejectAnUnsupportedDatabaseNamingTheUrl() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://db/metrics", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db/metrics")
                .hasMessageContaining("jdbc:postgresql:");
    }
}
