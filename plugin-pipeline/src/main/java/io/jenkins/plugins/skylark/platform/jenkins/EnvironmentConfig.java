package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import io.jenkins.plugins.skylark.platform.TrafficRouter;
import io.jenkins.plugins.skylark.text.Blank;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** A delivery environment as entered in the form; converts to {@link Environment}. */
public final class EnvironmentConfig extends AbstractDescribableImpl<EnvironmentConfig> {
    private final String id;
    private final String projectId;
    private String clusterId;
    private String namespace;
    private int order;
    private boolean protectedEnvironment;
    private String approvers;
    private String trafficRouter;

    @DataBoundConstructor
    public EnvironmentConfig(String id, String projectId) {
        this.id = Blank.strippedOrNull(id);
        this.projectId = Blank.strippedOrNull(projectId);
    }

    Environment toRecord(ModelConversion conversion) {
        TrafficRouter router = conversion.parse("environment", projectId + "/" + id, "trafficRouter", trafficRouter,
                TrafficRouter::parse);
        return new Environment(id, projectId, Blank.strippedOrNull(clusterId),
                Blank.strippedOrNull(namespace), order, protectedEnvironment, ModelConversion.words(approvers),
                router);
    }

    public String getId() {
        return id;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getClusterId() {
        return clusterId;
    }

    @DataBoundSetter
    public void setClusterId(String clusterId) {
        this.clusterId = clusterId;
    }

    public String getNamespace() {
        return namespace;
    }

    @DataBoundSetter
    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    public int getOrder() {
        return order;
    }

    @DataBoundSetter
    public void setOrder(int order) {
        this.order = order;
    }

    public boolean isProtectedEnvironment() {
        return protectedEnvironment;
    }

    @DataBoundSetter
    public void setProtectedEnvironment(boolean protectedEnvironment) {
        this.protectedEnvironment = protectedEnvironment;
    }

    /** User or group ids separated by commas or spaces. */
    public String getApprovers() {
        return approvers;
    }

    @DataBoundSetter
    public void setApprovers(String approvers) {
        this.approvers = approvers;
    }

    /** {@code nginx}, {@code istio}, {@code gateway-api} or empty. */
    public String getTrafficRouter() {
        return trafficRouter;
    }

    @DataBoundSetter
    public void setTrafficRouter(String trafficRouter) {
        this.trafficRouter = trafficRouter;
    }

    @Extension
    @Symbol("environment")
    public static final class DescriptorImpl extends Descriptor<EnvironmentConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("EnvironmentConfig.displayName");
        }

        @POST
        public FormValidation doCheckId(@QueryParameter String value) {
            return FormFields.result(FieldCheck.id(value, ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckNamespace(@QueryParameter String value) {
            return FormFields.result(FieldCheck.namespace(value, ViewerLocale.get()));
        }

        public ListBoxModel doFillTrafficRouterItems() {
            return FormFields.choices(FieldCheck.trafficRouters(), true);
        }
    }
}
