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
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.RegistryKind;
import io.jenkins.plugins.skylark.text.Blank;
import java.util.Optional;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** An image registry as entered in the form; converts to {@link ImageRegistry}. */
public final class RegistryConfig extends AbstractDescribableImpl<RegistryConfig> {
    private final String id;
    private String url;
    private String credentialsId;
    private String kind;
    private boolean insecure;
    private boolean createProjects;
    private String webhookSecretId;

    @DataBoundConstructor
    public RegistryConfig(String id) {
        this.id = Blank.strippedOrNull(id);
    }

    ImageRegistry toRecord(ModelConversion conversion) {
        return new ImageRegistry(id, Blank.strippedOrNull(url), Blank.strippedOrNull(credentialsId),
                conversion.parse("registry", id, "kind", kind, RegistryKind::parse), insecure, createProjects,
                Blank.strippedOrNull(webhookSecretId));
    }

    public String getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    @DataBoundSetter
    public void setUrl(String url) {
        this.url = url;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    /** {@code harbor} or {@code oci}. */
    public String getKind() {
        return kind;
    }

    @DataBoundSetter
    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isInsecure() {
        return insecure;
    }

    @DataBoundSetter
    public void setInsecure(boolean insecure) {
        this.insecure = insecure;
    }

    /** Harbor: create a missing Harbor project on first push, with this registry's credentials. */
    public boolean isCreateProjects() {
        return createProjects;
    }

    @DataBoundSetter
    public void setCreateProjects(boolean createProjects) {
        this.createProjects = createProjects;
    }

    /** Harbor: secret text its webhook policy sends as auth header; empty = webhooks refused, scans polled. */
    public String getWebhookSecretId() {
        return webhookSecretId;
    }

    @DataBoundSetter
    public void setWebhookSecretId(String webhookSecretId) {
        this.webhookSecretId = webhookSecretId;
    }

    @Extension
    @Symbol("registry")
    public static final class DescriptorImpl extends Descriptor<RegistryConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("RegistryConfig.displayName");
        }

        @POST
        public FormValidation doCheckId(@QueryParameter String value) {
            return FormFields.result(FieldCheck.id(value, ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckUrl(@QueryParameter String value, @QueryParameter boolean insecure) {
            return FormFields.result(FieldCheck.registryUrl(value, insecure, ViewerLocale.get()));
        }

        public ListBoxModel doFillKindItems() {
            return FormFields.choices(FieldCheck.registryKinds(), false);
        }

        /** The credentials of the kinds a registry accepts, in the form's context. */
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return CredentialsField.fill(item, credentialsId, CredentialKind.REGISTRY);
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return CredentialsField.check(item, value, CredentialKind.REGISTRY, false);
        }

        @POST
        public FormValidation doCheckCreateProjects(@QueryParameter boolean value, @QueryParameter String kind,
                @QueryParameter String credentialsId) {
            return FormFields.result(FieldCheck.registryHarborField("createProjects", kind, credentialsId, value, null,
                    ViewerLocale.get()));
        }

        public ListBoxModel doFillWebhookSecretIdItems(@AncestorInPath Item item,
                @QueryParameter String webhookSecretId) {
            return CredentialsField.fill(item, webhookSecretId, CredentialKind.WEBHOOK_SECRET);
        }

        /** Harbor only; then the credential's kind, as any credentials field. */
        @POST
        public FormValidation doCheckWebhookSecretId(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String kind) {
            Optional<String> harborOnly = FieldCheck.registryHarborField("webhookSecretId", kind, null, false, value,
                    ViewerLocale.get());
            return harborOnly.isPresent() ? FormFields.result(harborOnly)
                    : FormFields.credentials(item, value, CredentialKind.WEBHOOK_SECRET, false);
        }
    }
}
