package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.credentials.jenkins.CredentialsField;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.platform.CredentialKind;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import io.jenkins.plugins.skylark.platform.JiraServer;
import io.jenkins.plugins.skylark.platform.ProjectServers;
import io.jenkins.plugins.skylark.text.Blank;
import java.util.Optional;
import java.util.Set;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** The servers of a project as entered in its form (a nested section); converts to {@link ProjectServers}. */
public final class ProjectServersConfig extends AbstractDescribableImpl<ProjectServersConfig> {
    private String sonarServerId;
    private String sonarCredentialsId;
    private String jiraServerId;
    private String jiraCredentialsId;
    private String jiraProjectKeys;
    private String incidentJql;
    private String registryCredentialsId;

    @DataBoundConstructor
    public ProjectServersConfig() {
    }

    /** {@code null} ({@link ProjectServers#NONE}) when nothing is set. */
    ProjectServers toRecord() {
        ProjectServers servers = record(sonarServerId, sonarCredentialsId, jiraServerId, jiraCredentialsId,
                jiraProjectKeys, incidentJql, registryCredentialsId);
        return servers.equals(ProjectServers.NONE) ? null : servers;
    }

    private static ProjectServers record(String sonarServerId, String sonarCredentialsId, String jiraServerId,
            String jiraCredentialsId, String jiraProjectKeys, String incidentJql, String registryCredentialsId) {
        return new ProjectServers(Blank.strippedOrNull(sonarServerId), Blank.strippedOrNull(sonarCredentialsId),
                Blank.strippedOrNull(jiraServerId), Blank.strippedOrNull(jiraCredentialsId),
                ModelConversion.words(jiraProjectKeys), Blank.strippedOrNull(incidentJql),
                Blank.strippedOrNull(registryCredentialsId));
    }

    public String getSonarServerId() {
        return sonarServerId;
    }

    @DataBoundSetter
    public void setSonarServerId(String sonarServerId) {
        this.sonarServerId = sonarServerId;
    }

    /** Secret text: the project's own SonarQube token; empty = the server's. */
    public String getSonarCredentialsId() {
        return sonarCredentialsId;
    }

    @DataBoundSetter
    public void setSonarCredentialsId(String sonarCredentialsId) {
        this.sonarCredentialsId = sonarCredentialsId;
    }

    public String getJiraServerId() {
        return jiraServerId;
    }

    @DataBoundSetter
    public void setJiraServerId(String jiraServerId) {
        this.jiraServerId = jiraServerId;
    }

    /** The project's own JIRA credentials, of the kind the server's flavor needs; empty = the server's. */
    public String getJiraCredentialsId() {
        return jiraCredentialsId;
    }

    @DataBoundSetter
    public void setJiraCredentialsId(String jiraCredentialsId) {
        this.jiraCredentialsId = jiraCredentialsId;
    }

    /** JIRA project keys separated by commas or spaces ({@code SHOP, PAY}). */
    public String getJiraProjectKeys() {
        return jiraProjectKeys;
    }

    @DataBoundSetter
    public void setJiraProjectKeys(String jiraProjectKeys) {
        this.jiraProjectKeys = jiraProjectKeys;
    }

    /** JQL selecting the project's production incidents; empty = no import. */
    public String getIncidentJql() {
        return incidentJql;
    }

    @DataBoundSetter
    public void setIncidentJql(String incidentJql) {
        this.incidentJql = incidentJql;
    }

    /** Username with password: a Harbor robot account; empty = the registry's credentials. */
    public String getRegistryCredentialsId() {
        return registryCredentialsId;
    }

    @DataBoundSetter
    public void setRegistryCredentialsId(String registryCredentialsId) {
        this.registryCredentialsId = registryCredentialsId;
    }

    @Extension
    public static final class DescriptorImpl extends Descriptor<ProjectServersConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("ProjectServersConfig.displayName");
        }

        @POST
        public FormValidation doCheckSonarCredentialsId(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String sonarServerId) {
            Optional<String> rule = FieldCheck.projectServersField(record(sonarServerId, value, null, null, null, null,
                    null), "sonarCredentialsId", ViewerLocale.get());
            return rule.isPresent() ? FormFields.result(rule)
                    : FormFields.credentials(item, value, CredentialKind.SONAR_TOKEN, false);
        }

        public ListBoxModel doFillSonarCredentialsIdItems(@AncestorInPath Item item,
                @QueryParameter String sonarCredentialsId) {
            return CredentialsField.fill(item, sonarCredentialsId, CredentialKind.SONAR_TOKEN);
        }

        @POST
        public FormValidation doCheckJiraCredentialsId(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String jiraServerId) {
            Optional<String> rule = FieldCheck.projectServersField(record(null, null, jiraServerId, value, null, null,
                    null), "jiraCredentialsId", ViewerLocale.get());
            return rule.isPresent() ? FormFields.result(rule)
                    : FormFields.credentials(item, value, jiraKinds(jiraServerId), false);
        }

        public ListBoxModel doFillJiraCredentialsIdItems(@AncestorInPath Item item,
                @QueryParameter String jiraCredentialsId, @QueryParameter String jiraServerId) {
            return CredentialsField.fill(item, jiraCredentialsId, jiraKinds(jiraServerId));
        }

        @POST
        public FormValidation doCheckJiraProjectKeys(@QueryParameter String value) {
            return FormFields.result(FieldCheck.projectServersField(record(null, null, null, null, value, null, null),
                    "jiraProjectKeys", ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckIncidentJql(@QueryParameter String value, @QueryParameter String jiraServerId) {
            return FormFields.result(FieldCheck.projectServersField(record(null, null, jiraServerId, null, null, value,
                    null), "incidentJql", ViewerLocale.get()));
        }

        public ListBoxModel doFillRegistryCredentialsIdItems(@AncestorInPath Item item,
                @QueryParameter String registryCredentialsId) {
            return CredentialsField.fill(item, registryCredentialsId, CredentialKind.ROBOT_ACCOUNT);
        }

        @POST
        public FormValidation doCheckRegistryCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return FormFields.credentials(item, value, CredentialKind.ROBOT_ACCOUNT, false);
        }

        /** The kinds the named server's flavor takes, as the platform in force has it; either kind otherwise. */
        private static Set<CredentialKind> jiraKinds(String jiraServerId) {
            return CredentialKind.jira(SkylarkConfiguration.get().getModel().jiraServer(Blank.strippedOrNull(
                    jiraServerId)).map(JiraServer::flavor).orElse(null));
        }
    }
}
