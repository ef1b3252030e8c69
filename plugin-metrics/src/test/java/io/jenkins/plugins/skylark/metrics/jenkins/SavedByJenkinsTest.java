package io.jenkins.plugins.skylark.metrics.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.XmlFile;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import io.jenkins.plugins.skylark.harness.packaging.PluginManifests;
import io.jenkins.plugins.skylark.harness.persistence.SavedForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What this plugin has Jenkins save with XStream, its global configuration, written by the test Jenkins
 * through Jenkins' class filter and read back the same way ({@code MetricsConfigurationTest} restarts on it).
 */
class SavedByJenkinsTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @AfterEach
    void closeStore() {
        MetricsConfiguration.get().closeDatabase();
    }

    @Test
    void shouldWriteAndReadTheConfigurationThroughTheClassFilter() throws Exception {
        jenkins.credentials().addGlobal(new TestUsernamePasswordCredentials("metrics-db", "skylark", "pg-Secret-1"));
        MetricsConfiguration.get().replace(new MetricsSettings("jdbc:postgresql://db.example.com:5432/metrics",
                "metrics-db", "Asia/Shanghai"));

        XmlFile stored = new XmlFile(jenkins.home().resolve(MetricsConfiguration.class.getName() + ".xml").toFile());
        MetricsConfiguration loaded = (MetricsConfiguration) stored.read();

        assertThat(loaded.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/metrics");
        assertThat(loaded.getCredentialsId()).isEqualTo("metrics-db");
        assertThat(loaded.getReportZone()).isEqualTo("Asia/Shanghai");
        assertThat(SavedForm.roundTrip(MetricsConfiguration.get()).getReportZone()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void shouldBeLoadedFromWhereThePluginManifestIs() throws Exception {
        assertThat(PluginManifests.of(MetricsConfiguration.class).getMainAttributes().getValue("Short-Name"))
                .isEqualTo("skylark-metrics");
        assertThat(PluginManifests.identifiesPlugin(PluginManifests.of(MetricsConfiguration.class))).isTrue();
    }
}
