package io.jenkins.plugins.skylark.template.catalogue.jenkins;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.credentials.jenkins.CredentialsField;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.platform.CredentialKind;
import io.jenkins.plugins.skylark.template.catalogue.GitCatalogueSpec;
import io.jenkins.plugins.skylark.text.Blank;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** One Git catalogue as entered in the form (and saved by Jenkins); converts to {@link GitCatalogueSpec}. */
public final class GitCatalogueConfig extends AbstractDescribableImpl<GitCatalogueConfig> {
    /** HTTPS sign-in: username with password, or a token as secret text. */
    static final Set<CredentialKind> CREDENTIALS =
            Set.of(CredentialKind.USERNAME_PASSWORD, CredentialKind.SECRET_TEXT);

    private final String id;
    private final String url;
    private final String ref;
    private String credentialsId;

    @DataBoundConstructor
    public GitCatalogueConfig(String id, String url, String ref) {
        this.id = Blank.strippedOrNull(id);
        this.url = Blank.strippedOrNull(url);
        this.ref = Blank.strippedOrNull(ref);
    }

    GitCatalogueSpec toSpec() {
        return new GitCatalogueSpec(id, url, ref, Blank.strippedOrNull(credentialsId));
    }

    public String getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    /** A tag, a branch or a commit id. */
    public String getRef() {
        return ref;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Blank.strippedOrNull(credentialsId);
    }

    @Extension
    @Symbol("gitCatalogue")
    public static final class DescriptorImpl extends Descriptor<GitCatalogueConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("GitCatalogueConfig.displayName");
        }

        @POST
        public FormValidation doCheckId(@QueryParameter String value) {
            return result(GitCatalogueSpec.idProblem(Blank.strippedOrNull(value), ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckUrl(@QueryParameter String value) {
            return result(GitCatalogueSpec.urlProblem(Blank.strippedOrNull(value), ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckRef(@QueryParameter String value) {
            return result(GitCatalogueSpec.refProblem(Blank.strippedOrNull(value), ViewerLocale.get()));
        }

        public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
            return CredentialsField.fill(null, credentialsId, CREDENTIALS);
        }

        @POST
        public FormValidation doCheckCredentialsId(@QueryParameter String value) {
            return CredentialsField.check(null, value, CREDENTIALS, false);
        }

        private static FormValidation result(Optional<String> problem) {
            return problem.map(FormValidation::error).orElseGet(FormValidation::ok);
        }
    }
}
