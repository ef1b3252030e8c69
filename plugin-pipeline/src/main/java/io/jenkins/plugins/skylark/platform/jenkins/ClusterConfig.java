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
import io.jenkins.plugins.skylark.platform.Cluster;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import io.jenkins.plugins.skylark.platform.TrafficRouter;
import io.jenkins.plugins.skylark.text.Blank;
import java.util.EnumSet;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** A Kubernetes cluster as entered in the form or Configuration as Code; converts to {@link Cluster}. */
public final class ClusterConfig extends AbstractDescribableImpl<ClusterConfig> {
    private final String id;
    private String displayName;
    private String apiUrl;
    private String caCertificatePem;
    private boolean skipTlsVerify;
    private String credentialsId;
    private String labels;
    private boolean nginx;
    private boolean istio;
    private boolean gatewayApi;

    @DataBoundConstructor
    public ClusterConfig(String id) {
        this.id = Blank.strippedOrNull(id);
    }

    Cluster toRecord(ModelConversion conversion) {
        Set<TrafficRouter> routers = EnumSet.noneOf(TrafficRouter.class);
        addIf(nginx, TrafficRouter.NGINX, routers);
        addIf(istio, TrafficRouter.ISTIO, routers);
        addIf(gatewayApi, TrafficRouter.GATEWAY_API, routers);
        return new Cluster(id, Blank.strippedOrNull(displayName), Blank.strippedOrNull(apiUrl),
                Blank.blankToNull(caCertificatePem), skipTlsVerify, Blank.strippedOrNull(credentialsId),
                conversion.labels(id, labels), routers);
    }

    private static void addIf(boolean offered, TrafficRouter router, Set<TrafficRouter> routers) {
        if (offered) {
            routers.add(router);
        }
    }

    public String getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    @DataBoundSetter
    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getApiUrl() {
        return apiUrl;
    }

    @DataBoundSetter
    public void setApiUrl(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    public String getCaCertificatePem() {
        return caCertificatePem;
    }

    @DataBoundSetter
    public void setCaCertificatePem(String caCertificatePem) {
        this.caCertificatePem = caCertificatePem;
    }

    public boolean isSkipTlsVerify() {
        return skipTlsVerify;
    }

    @DataBoundSetter
    public void setSkipTlsVerify(boolean skipTlsVerify) {
        this.skipTlsVerify = skipTlsVerify;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    /** One {@code key=value} per line. */
    public String getLabels() {
        return labels;
    }

    @DataBoundSetter
    public void setLabels(String labels) {
        this.labels = labels;
    }

    public boolean isNginx() {
        return nginx;
    }

    @DataBoundSetter
    public void setNginx(boolean nginx) {
        this.nginx = nginx;
    }

    public boolean isIstio() {
        return istio;
    }

    @DataBoundSetter
    public void setIstio(boolean istio) {
        this.istio = istio;
    }

    public boolean isGatewayApi() {
        return gatewayApi;
    }

    @DataBoundSetter
    public void setGatewayApi(boolean gatewayApi) {
        this.gatewayApi = gatewayApi;
    }

    @Extension
    @Symbol("cluster")
    public static final class DescriptorImpl extends Descriptor<ClusterConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("ClusterConfig.displayName");
        }

        @POST
        public FormValidation doCheckId(@QueryParameter String value) {
            return FormFields.result(FieldCheck.id(value, ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckApiUrl(@QueryParameter String value) {
            return FormFields.result(FieldCheck.apiUrl(value, ViewerLocale.get()));
        }

        /** The credentials of the kinds a cluster accepts, in the form's context. */
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return CredentialsField.fill(item, credentialsId, CredentialKind.CLUSTER);
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return CredentialsField.check(item, value, CredentialKind.CLUSTER, true);
        }
    }
}
