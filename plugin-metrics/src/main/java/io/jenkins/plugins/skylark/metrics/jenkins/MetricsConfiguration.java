package io.jenkins.plugins.skylark.metrics.jenkins;

import hudson.Extension;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.credentials.jenkins.CredentialsField;
import io.jenkins.plugins.skylark.metrics.store.DatabaseSettings;
import io.jenkins.plugins.skylark.metrics.store.MetricsDatabase;
import io.jenkins.plugins.skylark.platform.CredentialKind;
import java.time.ZoneId;
import java.util.Set;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * The delivery-metrics section of the global configuration: where the store lives (empty JDBC URL:
 * embedded H2 under {@code JENKINS_HOME/skylark-metrics}; or PostgreSQL with a username/password
 * credential), the time zone reports count in and how often incidents are imported from JIRA
 * ({@link IncidentImportSchedule}). Stored as {@code <id>.xml}; the password stays in the
 * credentials store, only its id is saved here.
 *
 * <p>Holds the open {@link MetricsDatabase}: opened on first use, and opened anew when the settings it
 * was opened with change (form, Configuration as Code, a new password in the credential).
 */
@Extension
@Symbol("skylarkMetrics")
public final class MetricsConfiguration extends GlobalConfiguration {
    private String jdbcUrl;
    private String credentialsId;
    private String reportZone = MetricsSettings.DEFAULT_ZONE;
    /** Minutes between incident imports from JIRA; 0 = no periodic import. {@code null} in older files: the default. */
    private Integer incidentImportMinutes;

    private transient MetricsDatabase database;
    private transient DatabaseSettings openedWith;

    static final int DEFAULT_IMPORT_MINUTES = 15;
    static final int MAX_IMPORT_MINUTES = 1440;

    public MetricsConfiguration() {
        load();
        IncidentImportSchedule.start();
    }

    /** The instance Jenkins holds. */
    public static MetricsConfiguration get() {
        return JenkinsFacade.configuration();
    }

    public String getJdbcUrl() {
        return jdbcUrl;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    public String getReportZone() {
        return reportZone;
    }

    public int getIncidentImportMinutes() {
        return incidentImportMinutes == null ? DEFAULT_IMPORT_MINUTES : incidentImportMinutes;
    }

    /** @throws IllegalArgumentException naming the field when not between 0 (off) and 1440 */
    @DataBoundSetter
    public synchronized void setIncidentImportMinutes(int minutes) {
        incidentImportMinutes = checkedMinutes(minutes);
        save();
    }

    private static int checkedMinutes(int minutes) {
        if (minutes < 0 || minutes > MAX_IMPORT_MINUTES) {
            throw new IllegalArgumentException(Messages.get("MetricsConfiguration.invalid", "incidentImportMinutes",
                    Messages.get("MetricsConfiguration.importMinutes", minutes, MAX_IMPORT_MINUTES)));
        }
        return minutes;
    }

    /** @throws IllegalArgumentException naming the field when the URL is not H2 or PostgreSQL */
    @DataBoundSetter
    public void setJdbcUrl(String jdbcUrl) {
        replaceOrThrow(new MetricsSettings(jdbcUrl, credentialsId, reportZone));
    }

    /** @throws IllegalArgumentException naming the field when no global username/password credential has this id */
    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        replaceOrThrow(new MetricsSettings(jdbcUrl, credentialsId, reportZone));
    }

    /** @throws IllegalArgumentException naming the field when the zone is unknown */
    @DataBoundSetter
    public void setReportZone(String reportZone) {
        replaceOrThrow(new MetricsSettings(jdbcUrl, credentialsId, reportZone));
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        int minutes;
        try {
            minutes = checkedMinutes(json.optInt("incidentImportMinutes", DEFAULT_IMPORT_MINUTES));
        } catch (IllegalArgumentException e) {
            throw new FormException(e.getMessage(), "incidentImportMinutes");
        }
        replace(new MetricsSettings(json.optString("jdbcUrl"), json.optString("credentialsId"),
                json.optString("reportZone")));
        incidentImportMinutes = minutes;
        save();
        return true;
    }

    /**
     * Puts all three values in force at once, or none.
     *
     * @throws FormException naming the offending field; the previous settings stay in force
     */
    synchronized void replace(MetricsSettings candidate) throws FormException {
        candidate.check(JenkinsFacade::globalUsernamePassword);
        jdbcUrl = candidate.jdbcUrl();
        credentialsId = candidate.credentialsId();
        reportZone = candidate.reportZone();
        save();
        closeDatabase();
    }

    /** The zone reports count days and weeks in when the step names none. */
    public ZoneId zone() {
        return settings().zone();
    }

    /**
     * The open metrics database, opened (and migrated) on first use or when the settings changed.
     *
     * @throws io.jenkins.plugins.skylark.metrics.store.StoreException when it cannot be opened
     * @throws IllegalStateException when the configured credential is gone
     */
    public synchronized MetricsDatabase database() {
        DatabaseSettings wanted = settings().database(JenkinsFacade.home(), JenkinsFacade::globalUsernamePassword);
        if (database == null || !wanted.equals(openedWith)) {
            closeDatabase();
            database = MetricsDatabase.open(wanted);
            openedWith = wanted;
        }
        return database;
    }

    /** Closes the database (the embedded one releases its files); the next use opens it again. */
    public synchronized void closeDatabase() {
        MetricsDatabase open = database;
        database = null;
        openedWith = null;
        if (open != null) {
            open.close();
        }
    }

    /** The global username/password credentials, for administrators (the database login is global only). */
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
        return CredentialsField.fill(null, credentialsId, Set.of(CredentialKind.USERNAME_PASSWORD));
    }

    @Override
    public String getDisplayName() {
        return Messages.page("MetricsConfiguration.displayName");
    }

    private MetricsSettings settings() {
        return new MetricsSettings(jdbcUrl, credentialsId, reportZone);
    }

    private void replaceOrThrow(MetricsSettings candidate) {
        try {
            replace(candidate);
        } catch (FormException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
