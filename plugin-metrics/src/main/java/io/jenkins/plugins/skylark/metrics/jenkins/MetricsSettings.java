package io.jenkins.plugins.skylark.metrics.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Descriptor.FormException;
import hudson.util.Secret;
import io.jenkins.plugins.skylark.metrics.store.DatabaseSettings;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * The three values of {@link MetricsConfiguration}, checked together so a form is accepted whole or
 * not at all. Blank values are normalised: no JDBC URL means the embedded H2 database, no zone UTC.
 *
 * @param jdbcUrl       {@code jdbc:postgresql:…} or {@code jdbc:h2:…}, or {@code null} for the embedded default
 * @param credentialsId username/password credential for the database, or {@code null}
 * @param reportZone    time zone reports count days and weeks in
 */
record MetricsSettings(String jdbcUrl, String credentialsId, String reportZone) {

    static final String DEFAULT_ZONE = "UTC";

    MetricsSettings {
        jdbcUrl = strippedOrNull(jdbcUrl);
        credentialsId = strippedOrNull(credentialsId);
        reportZone = strippedOrNull(reportZone) == null ? DEFAULT_ZONE : reportZone.strip();
    }

    /**
     * @param credentials finds a global username/password credential by id ({@code null} when unknown)
     * @throws FormException naming the first field that is wrong
     */
    void check(Function<String, StandardUsernamePasswordCredentials> credentials) throws FormException {
        if (jdbcUrl != null) {
            try {
                new DatabaseSettings(jdbcUrl, null, null);
            } catch (IllegalArgumentException e) {
                throw new FormException(Messages.page("MetricsConfiguration.invalid", "jdbcUrl", e.getMessage()), "jdbcUrl");
            }
        }
        if (credentialsId != null && credentials.apply(credentialsId) == null) {
            throw new FormException(Messages.page("MetricsConfiguration.invalid", "credentialsId",
                    Messages.page("MetricsConfiguration.credentialsNotFound", credentialsId)), "credentialsId");
        }
        try {
            ZoneId.of(reportZone);
        } catch (DateTimeException e) {
            throw new FormException(Messages.page("MetricsConfiguration.invalid", "reportZone",
                    Messages.page("MetricsConfiguration.zoneUnknown", reportZone)), "reportZone");
        }
    }

    /** Where to connect: the embedded database under {@code jenkinsHome}, or the URL with the credential's login. */
    DatabaseSettings database(Path jenkinsHome, Function<String, StandardUsernamePasswordCredentials> credentials) {
        if (jdbcUrl == null) {
            return DatabaseSettings.embedded(jenkinsHome);
        }
        if (credentialsId == null) {
            return new DatabaseSettings(jdbcUrl, null, null);
        }
        StandardUsernamePasswordCredentials login = credentials.apply(credentialsId);
        if (login == null) {
            throw new IllegalStateException(Messages.get("MetricsConfiguration.credentialsNotFound", credentialsId));
        }
        return new DatabaseSettings(jdbcUrl, login.getUsername(), Secret.toString(login.getPassword()));
    }

    ZoneId zone() {
        return ZoneId.of(reportZone);
    }

}
