package io.jenkins.plugins.skylark.platform.jenkins;

import io.jenkins.plugins.skylark.text.Blank;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.RegistryKind;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** An image registry as entered in the form; converts to {@link ImageRegistry}. */
public final class RegistryConfig extends AbstractDescribableImpl<RegistryConfig> {
    private final String id;
    private String url;
    private String credentialsId;
    private String kind;
    private boolean insecure;

    @DataBoundConstructor
    public RegistryConfig(String id) {
        this.id = Blank.strippedOrNull(id);
    }

    ImageRegistry toRecord(ModelConversion conversion) {
        return new ImageRegistry(id, Blank.strippedOrNull(url), Blank.strippedOrNull(credentialsId),
                conversion.parse("registry", id, "kind", kind, RegistryKind::parse), insecure);
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

    @Extension
    @Symbol("registry")
    public static final class DescriptorImpl extends Descriptor<RegistryConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("RegistryConfig.displayName");
        }
    }
}
