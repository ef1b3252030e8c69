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
import io.jenkins.plugins.skylark.platform.SonarServer;
import io.jenkins.plugins.skylark.text.Blank;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** A SonarQube server as entered in the form; converts to {@link SonarServer}. */
public final class SonarServerConfig extends AbstractDescribableImpl<SonarServerConfig> {
    private final String id;
    private String url;
    private String credentialsId;
    private String webhookSecretId;

    @DataBoundConstructor
    public SonarServerConfig(String id) {
        this.id = Blank.strippedOrNull(id);
    }

    SonarServer toRecord() {
        return new SonarServer(id, ModelConversion.baseUrl(url), Blank.strippedOrNull(credentialsId),
                Blank.strippedOrNull(webhookSecretId));
    }

    public String getId() {
        return id;
    }

    /** The base URL, {@code https://sonar.example.com}. */
    public String getUrl() {
        return url;
    }

    @DataBoundSetter
    public void setUrl(String url) {
        this.url = url;
    }

    /** Secret text: a token allowed to analyse and browse projects. */
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    /** Secret text SonarQube signs its webhooks with; empty = webhooks refused, gates polled. */
    public String getWebhookSecretId() {
        return webhookSecretId;
    }

    @DataBoundSetter
    public void setWebhookSecretId(String webhookSecretId) {
        this.webhookSecretId = webhookSecretId;
    }

    @Extension
    @Symbol("sonarServer")
    public static final class DescriptorImpl extends Descriptor<SonarServerConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("SonarServerConfig.displayName");
        }

        @POST
        public FormValidation doCheckId(@QueryParameter String value) {
            return FormFields.result(FieldCheck.id(value, ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckUrl(@QueryParameter String value) {
            return FormFields.result(FieldCheck.serverUrl(value, ViewerLocale.get()));
        }

        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return CredentialsField.fill(item, credentialsId, CredentialKind.SONAR_TOKEN);
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return FormFields.credentials(item, value, CredentialKind.SONAR_TOKEN, true);
        }

        public ListBoxModel doFillWebhookSecretIdItems(@AncestorInPath Item item,
                @QueryParameter String webhookSecretId) {
            return CredentialsField.fill(item, webhookSecretId, CredentialKind.WEBHOOK_SECRET);
        }

        @POST
        public FormValidation doCheckWebhookSecretId(@AncestorInPath Item item, @QueryParameter String value) {
            return FormFields.credentials(item, value, CredentialKind.WEBHOOK_SECRET, false);
        }
    }
}
