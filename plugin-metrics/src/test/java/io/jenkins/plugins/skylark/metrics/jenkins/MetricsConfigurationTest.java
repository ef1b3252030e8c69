package io.jenkins.plugins.skylark.metrics.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.model.Descriptor.FormException;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricsConfigurationTest {
    private static final String POSTGRES = "jdbc:postgresql://db.example.com:5432/metrics";
    private static final String PASSWORD = "pg-Secret-7f3e";

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @AfterEach
    void closeStore() {
        MetricsConfiguration.get().closeDatabase();
    }

    @Test
    void shouldKeepTheSettingsAcrossARestartButNotThePassword() throws Exception {
        jenkins.credentials().addGlobal(new TestUsernamePasswordCredentials("metrics-db", "skylark", PASSWORD));
        MetricsConfiguration.get().replace(new MetricsSettings(POSTGRES, "metrics-db", "Asia/Shanghai"));

        jenkins.restart();

        MetricsConfiguration loaded = MetricsConfiguration.get();
        assertThat(loaded.getJdbcUrl()).isEqualTo(POSTGRES);
        assertThat(loaded.getCredentialsId()).isEqualTo("metrics-db");
        assertThat(loaded.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(Files.readString(configFile())).contains("metrics-db").doesNotContain(PASSWORD);
    }

    @ParameterizedTest
    @CsvSource({"jdbc:mysql://db/metrics, , UTC, jdbcUrl", "'', missing-credential, UTC, credentialsId",
        "'', , Mars/Olympus, reportZone"})
    void shouldRejectAnInvalidFormWholeAndKeepThePreviousSettings(String url, String credentialsId, String zone,
            String field) throws Exception {
        MetricsConfiguration configuration = MetricsConfiguration.get();
        configuration.replace(new MetricsSettings("", null, "Europe/Berlin"));

        assertThatThrownBy(() -> configuration.replace(new MetricsSettings(url, credentialsId, zone)))
                .isInstanceOfSatisfying(FormException.class, e -> assertThat(e.getFormField()).isEqualTo(field))
                .hasMessageStartingWith("Field '" + field + "'");
        assertThat(configuration.getJdbcUrl()).isNull();
        assertThat(configuration.getCredentialsId()).isNull();
        assertThat(configuration.getReportZone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void shouldRefuseABadValueFromConfigurationAsCode() {
        assertThatThrownBy(() -> MetricsConfiguration.get().setReportZone("Nowhere/Else"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Field 'reportZone'");
        assertThat(MetricsConfiguration.get().getReportZone()).isEqualTo("UTC");
    }

    @Test
    void shouldImportIncidentsEveryQuarterHourByDefaultAndKeepANewIntervalAcrossARestart() throws Exception {
        assertThat(MetricsConfiguration.get().getIncidentImportMinutes()).isEqualTo(15);
        assertThatThrownBy(() -> MetricsConfiguration.get().setIncidentImportMinutes(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Field 'incidentImportMinutes'");

        MetricsConfiguration.get().setIncidentImportMinutes(0);
        jenkins.restart();

        assertThat(MetricsConfiguration.get().getIncidentImportMinutes()).isZero();
    }

    @Test
    void shouldOpenTheEmbeddedDatabaseUnderJenkinsHomeByDefault() {
        MetricsConfiguration.get().database();

        assertThat(jenkins.home().resolve("skylark-metrics").resolve("metrics.mv.db")).exists();
    }

    @Test
    void shouldOpenTheDatabaseAnewWhenTheSettingsChange() throws Exception {
        MetricsConfiguration configuration = MetricsConfiguration.get();
        var embedded = configuration.database();
        String other = "jdbc:h2:file:" + jenkins.home().resolve("other-metrics") + ";DB_CLOSE_DELAY=-1";

        configuration.replace(new MetricsSettings(other, null, null));

        assertThat(configuration.database()).isNotSameAs(embedded).isSameAs(configuration.database());
        assertThat(jenkins.home().resolve("other-metrics.mv.db")).exists();
    }

    private Path configFile() {
        return jenkins.home().resolve(MetricsConfiguration.class.getName() + ".xml");
    }
}
