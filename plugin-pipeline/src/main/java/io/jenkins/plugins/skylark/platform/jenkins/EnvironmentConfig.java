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
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.Exposure;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import io.jenkins.plugins.skylark.platform.ReleaseSettings;
import io.jenkins.plugins.skylark.platform.RouteKind;
import io.jenkins.plugins.skylark.platform.TrafficRouter;
import io.jenkins.plugins.skylark.text.Blank;
import java.time.Duration;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A delivery environment as entered in the form; converts to {@link Environment}. The exposure and the
 * release settings are flat fields here, grouped into {@link Exposure} and {@link ReleaseSettings} there; the
 * issue updates are a nested section ({@link IssueUpdatesConfig}).
 */
public final class EnvironmentConfig extends AbstractDescribableImpl<EnvironmentConfig> {
    private final String id;
    private final String projectId;
    private String clusterId;
    private String namespace;
    private int order;
    private boolean protectedEnvironment;
    private String approvers;
    private String trafficRouter;
    private boolean fourEyes;
    private String routeKind;
    private String ingressClass;
    private String gatewayName;
    private String gatewayNamespace;
    private String domain;
    private String releasePolicy;
    private String prometheusUrl;
    private String prometheusCredentialsId;
    private String releaseRoute;
    private String scaleDownDelay;
    private IssueUpdatesConfig issueUpdates;

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
                router, fourEyes, exposure(conversion), release(conversion),
                issueUpdates == null ? null : issueUpdates.toRecord());
    }

    /** {@code null} ({@link ReleaseSettings#NONE}) when nothing is set. */
    private ReleaseSettings release(ModelConversion conversion) {
        Duration delay = conversion.parse("environment", projectId + "/" + id, "scaleDownDelay", scaleDownDelay,
                ReleaseSettings::parseDelay);
        // The policy as written: YAML lines and their numbers must stay what the user sees in the form.
        ReleaseSettings release = new ReleaseSettings(Blank.blankToNull(releasePolicy),
                Blank.strippedOrNull(prometheusUrl), Blank.strippedOrNull(prometheusCredentialsId),
                Blank.strippedOrNull(releaseRoute), delay);
        return release.equals(ReleaseSettings.NONE) ? null : release;
    }

    /**
     * {@code null} (the default exposure) when nothing is set; an empty route kind means an Ingress. An
     * unknown route kind is reported once, as the default exposure, rather than again as a missing kind.
     */
    private Exposure exposure(ModelConversion conversion) {
        String ingress = Blank.strippedOrNull(ingressClass);
        String gateway = Blank.strippedOrNull(gatewayName);
        String gatewayNs = Blank.strippedOrNull(gatewayNamespace);
        String defaultDomain = Blank.strippedOrNull(domain);
        if (Blank.strippedOrNull(routeKind) == null) {
            boolean anySet = ingress != null || gateway != null || gatewayNs != null || defaultDomain != null;
            return anySet ? new Exposure(RouteKind.INGRESS, ingress, gateway, gatewayNs, defaultDomain) : null;
        }
        RouteKind kind = conversion.parse("environment", projectId + "/" + id, "routeKind", routeKind, RouteKind::parse);
        return kind == null ? null : new Exposure(kind, ingress, gateway, gatewayNs, defaultDomain);
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

    /** A protected environment's approver must not be the user who started the build. */
    public boolean isFourEyes() {
        return fourEyes;
    }

    @DataBoundSetter
    public void setFourEyes(boolean fourEyes) {
        this.fourEyes = fourEyes;
    }

    /** {@code ingress}, {@code gateway}, or empty for an Ingress. */
    public String getRouteKind() {
        return routeKind;
    }

    @DataBoundSetter
    public void setRouteKind(String routeKind) {
        this.routeKind = routeKind;
    }

    public String getIngressClass() {
        return ingressClass;
    }

    @DataBoundSetter
    public void setIngressClass(String ingressClass) {
        this.ingressClass = ingressClass;
    }

    public String getGatewayName() {
        return gatewayName;
    }

    @DataBoundSetter
    public void setGatewayName(String gatewayName) {
        this.gatewayName = gatewayName;
    }

    public String getGatewayNamespace() {
        return gatewayNamespace;
    }

    @DataBoundSetter
    public void setGatewayNamespace(String gatewayNamespace) {
        this.gatewayNamespace = gatewayNamespace;
    }

    /** Hosts default to {@code <application>.<environment>.<domain>}. */
    public String getDomain() {
        return domain;
    }

    @DataBoundSetter
    public void setDomain(String domain) {
        this.domain = domain;
    }

    /** The default release policy: a release file's YAML, used when a Jenkinsfile names no steps. */
    public String getReleasePolicy() {
        return releasePolicy;
    }

    @DataBoundSetter
    public void setReleasePolicy(String releasePolicy) {
        this.releasePolicy = releasePolicy;
    }

    public String getPrometheusUrl() {
        return prometheusUrl;
    }

    @DataBoundSetter
    public void setPrometheusUrl(String prometheusUrl) {
        this.prometheusUrl = prometheusUrl;
    }

    /** Secret text (bearer token) or username with password. */
    public String getPrometheusCredentialsId() {
        return prometheusCredentialsId;
    }

    @DataBoundSetter
    public void setPrometheusCredentialsId(String prometheusCredentialsId) {
        this.prometheusCredentialsId = prometheusCredentialsId;
    }

    /** The route gray releases change; empty = named like the application. */
    public String getReleaseRoute() {
        return releaseRoute;
    }

    @DataBoundSetter
    public void setReleaseRoute(String releaseRoute) {
        this.releaseRoute = releaseRoute;
    }

    /** {@code 30s}, {@code 5m}, {@code 1h30m}; empty = the release plan's, else 30 s. */
    public String getScaleDownDelay() {
        return scaleDownDelay;
    }

    @DataBoundSetter
    public void setScaleDownDelay(String scaleDownDelay) {
        this.scaleDownDelay = scaleDownDelay;
    }

    /** What a deploy here does to the JIRA issues it ships; never {@code null} (an environment saved before has none). */
    public IssueUpdatesConfig getIssueUpdates() {
        return issueUpdates == null ? new IssueUpdatesConfig() : issueUpdates;
    }

    @DataBoundSetter
    public void setIssueUpdates(IssueUpdatesConfig issueUpdates) {
        this.issueUpdates = issueUpdates;
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

        @POST
        public FormValidation doCheckFourEyes(@QueryParameter boolean value, @QueryParameter boolean protectedEnvironment) {
            return FormFields.result(FieldCheck.fourEyes(value, protectedEnvironment, ViewerLocale.get()));
        }

        public ListBoxModel doFillRouteKindItems() {
            return FormFields.choices(FieldCheck.routeKinds(), true);
        }

        @POST
        public FormValidation doCheckIngressClass(@QueryParameter String value) {
            return FormFields.result(FieldCheck.ingressClass(value, ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckGatewayName(@QueryParameter String value, @QueryParameter String routeKind) {
            boolean gateway = RouteKind.GATEWAY.userName().equalsIgnoreCase(Blank.strippedOrNull(routeKind));
            return FormFields.result(FieldCheck.gatewayName(value, gateway, ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckGatewayNamespace(@QueryParameter String value) {
            return FormFields.result(FieldCheck.gatewayNamespace(value, ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckDomain(@QueryParameter String value) {
            return FormFields.result(FieldCheck.domain(value, ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckReleasePolicy(@QueryParameter String value) {
            return FormFields.result(FieldCheck.releasePolicy(value, ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckPrometheusUrl(@QueryParameter String value) {
            return FormFields.result(FieldCheck.prometheusUrl(value, ViewerLocale.get()));
        }

        public ListBoxModel doFillPrometheusCredentialsIdItems(@AncestorInPath Item item,
                @QueryParameter String prometheusCredentialsId) {
            return CredentialsField.fill(item, prometheusCredentialsId, CredentialKind.PROMETHEUS);
        }

        /** A URL typed as id is refused without being repeated; an unknown id only warns (builds look in folders). */
        @POST
        public FormValidation doCheckPrometheusCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return FormFields.credentials(item, value, CredentialKind.PROMETHEUS, false);
        }

        @POST
        public FormValidation doCheckReleaseRoute(@QueryParameter String value) {
            return FormFields.result(FieldCheck.releaseRoute(value, ViewerLocale.get()));
        }

        @POST
        public FormValidation doCheckScaleDownDelay(@QueryParameter String value) {
            return FormFields.result(FieldCheck.scaleDownDelay(value, ViewerLocale.get()));
        }
    }
}
