package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import io.jenkins.plugins.skylark.platform.NamespaceBinding;
import io.jenkins.plugins.skylark.text.Blank;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** A namespace on a cluster that a project owns; converts to {@link NamespaceBinding}. */
public final class NamespaceConfig extends AbstractDescribableImpl<NamespaceConfig> {
    private final String clusterId;
    private final String namespace;

    @DataBoundConstructor
    public NamespaceConfig(String clusterId, String namespace) {
        this.clusterId = Blank.strippedOrNull(clusterId);
        this.namespace = Blank.strippedOrNull(namespace);
    }

    NamespaceBinding toRecord() {
        return new NamespaceBinding(clusterId, namespace);
    }

    public String getClusterId() {
        return clusterId;
    }

    public String getNamespace() {
        return namespace;
    }

    @Extension
    @Symbol("namespace")
    public static final class DescriptorImpl extends Descriptor<NamespaceConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("NamespaceConfig.displayName");
        }

        @POST
        public FormValidation doCheckNamespace(@QueryParameter String value) {
            return FormFields.result(FieldCheck.namespace(value, ViewerLocale.get()));
        }
    }
}
