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
import io.jenkins.plugins.skylark.platform.JiraFlavor;
import io.jenkins.plugins.skylark.platform.JiraServer;
import io.jenkins.plugins.skylark.text.Blank;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** A JIRA site as entered in the form; converts to {@link JiraServer}. */
public final class JiraServerConfig extends AbstractDescribableImpl<JiraServerConfig> {
    private final String id;
    private String url;
    private String flavor;
    private String credentialsId;

    @DataBoundConstructor
    public JiraServerConfig(String id) {
        this.id = Blank.strippedOrNull(id);
    }

    JiraServer toRecord(ModelConversion conversion) {
        return new JiraServer(id, ModelConversion.baseUrl(url),
                conversion.parse("jiraServer", id, "flavor", flavor, JiraFlavor::parse),
                Blank.strippedOrNull(credentialsId));
    }

    /** The credentials a server of this flavor takes; either kind while the flavor is unknown. */
    static Set<CredentialKind> credentialKinds(String flavor) {
        try {
            return CredentialKind.jira(JiraFlavor.parse(flavor));
        } catch (IllegalArgumentException unknown) {
            return CredentialKind.JIRA_ANY;
        }
    }

    public String getId() {
        return id;
    }

    /** The site's base URL, {@code https://acme.atlassian.net}. */
    public String getUrl() {
        return url;
    }

    @DataBoundSetter
    public void setUrl(String url) {
        this.url = url;
    }

    /** {@code cloud} or {@code data-center}. */
    public String getFlavor() {
        return flavor;
    }

    @DataBoundSetter
    public void setFlavor(String flavor) {
        this.flavor = flavor;
    }

    /** Cloud: username with password (e-mail, API token); Data Center: secret text (personal access token). */
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    @Extension
    @Symbol("jiraServer")
    public static final class DescriptorImpl extends Descriptor<JiraServerConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("JiraServerConfig.displayName");
        }

        @POST
        public FormValidation doCheckId(@QueryParameter String value) {
            return FormFields.result(FieldCheck.id(value, ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckUrl(@QueryParameter String value) {
            return FormFields.result(FieldCheck.serverUrl(value, ViewerLocale.get()));
        }

        public ListBoxModel doFillFlavorItems() {
            return FormFields.choices(FieldCheck.jiraFlavors(), false);
        }

        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId,
                @QueryParameter String flavor) {
            return CredentialsField.fill(item, credentialsId, credentialKinds(flavor));
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String flavor) {
            return FormFields.credentials(item, value, credentialKinds(flavor), true);
        }
    }
}
