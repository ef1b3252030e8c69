package io.jenkins.plugins.skylark.e2e;

import io.jenkins.plugins.skylark.platform.jenkins.AnalysisConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ApplicationConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ChannelConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ClusterConfig;
import io.jenkins.plugins.skylark.platform.jenkins.EnvironmentConfig;
import io.jenkins.plugins.skylark.platform.jenkins.NamespaceConfig;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectServersConfig;
import io.jenkins.plugins.skylark.platform.jenkins.RegistryConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SonarServerConfig;
import io.jenkins.plugins.skylark.platform.jenkins.WorkloadConfig;
import java.util.List;

/**
 * The demo's platform, configured as an administrator would: one cluster (the fake), the local
 * registry when there is one, project {@code shop} with environments {@code dev} and {@code staging}
 * (protected: approved by {@value #APPROVER}, the user the harness answers Pipeline's input as),
 * exposed through the cluster's {@code nginx} ingress class under {@value #DOMAIN} (so
 * {@code orders.dev.demo.localhost}), application {@code orders}, and a generic-webhook channel told of
 * every deploy, failed deploy, approval request and approval, its URL and signing secret held as credentials.
 * {@link #withGrayReleases} adds what the demo's gray release needs, {@link #withSonarQube} its code scan's server.
 */
final class DemoPlatform {
    static final String PROJECT = "shop";
    static final String APPLICATION = "orders";
    static final String CLUSTER_TOKEN_ID = "demo-cluster-token";
    static final List<String> NAMESPACES = List.of("shop-dev", "shop-staging");
    static final String APPROVER = "tester";
    static final String INGRESS_CLASS = "nginx";
    static final String DOMAIN = "demo.localhost";
    /** Gray releases go through the NGINX-like ingress controller: a canary Ingress beside the stable one. */
    static final String TRAFFIC_ROUTER = "nginx";
    /** An aborted release's canary goes away after this (the demo does not wait 30 s). */
    static final String SCALE_DOWN_DELAY = "5s";
    static final String WEBHOOK_URL_ID = "demo-webhook-url";
    static final String WEBHOOK_SECRET_ID = "demo-webhook-signing-secret";
    static final String SONAR_SERVER = "sonarqube";
    static final String SONAR_TOKEN_ID = "demo-sonarqube-token";

    private DemoPlatform() {
    }

    /**
     * The platform ready for gray releases, as the demo runs it: every environment's router {@code nginx},
     * releases in dev scaled down after {@value #SCALE_DOWN_DELAY}, with a Prometheus its analyses query.
     *
     * @param registryHostPort the local registry, or null to build OCI archives instead
     * @param prometheusUrl where dev's analyses query metrics, or null for none
     */
    static PlatformConfig withGrayReleases(String clusterUrl, String registryHostPort, String prometheusUrl) {
        PlatformConfig platform = of(clusterUrl, registryHostPort);
        for (EnvironmentConfig environment : platform.getEnvironments()) {
            environment.setTrafficRouter(TRAFFIC_ROUTER);
            if (environment.getId().equals("dev")) {
                environment.setScaleDownDelay(SCALE_DOWN_DELAY);
                environment.setPrometheusUrl(prometheusUrl);
            }
        }
        if (prometheusUrl != null) {
            platform.setAnalyses(List.of(successRate()));
        }
        return platform;
    }

    /**
     * Adds a SonarQube server at {@code url} (its analysis token in credential {@value #SONAR_TOKEN_ID}) and makes
     * it project {@code shop}'s, so that {@code platformScan} needs no argument but the application. No webhook
     * secret: the demo's Jenkins has no web server for SonarQube to post to, so the gate is polled.
     */
    static PlatformConfig withSonarQube(PlatformConfig platform, String url) {
        SonarServerConfig sonar = new SonarServerConfig(SONAR_SERVER);
        sonar.setUrl(url);
        sonar.setCredentialsId(SONAR_TOKEN_ID);
        platform.setSonarServers(List.of(sonar));
        ProjectServersConfig servers = new ProjectServersConfig();
        servers.setSonarServerId(SONAR_SERVER);
        platform.getProjects().forEach(project -> project.setServers(servers));
        return platform;
    }

    /** @param registryHostPort the local registry, or null to build OCI archives instead */
    static PlatformConfig of(String clusterUrl, String registryHostPort) {
        PlatformConfig platform = new PlatformConfig();
        ClusterConfig cluster = new ClusterConfig("local");
        cluster.setDisplayName("Local fake cluster");
        cluster.setApiUrl(clusterUrl);
        cluster.setCredentialsId(CLUSTER_TOKEN_ID);
        cluster.setNginx(true);
        platform.setClusters(List.of(cluster));
        ProjectConfig project = new ProjectConfig(PROJECT);
        project.setDisplayName("Shop");
        project.setDisplayNameZh("商城");
        project.setNamespaces(NAMESPACES.stream().map(namespace -> new NamespaceConfig("local", namespace)).toList());
        if (registryHostPort != null) {
            RegistryConfig registry = new RegistryConfig("local");
            registry.setUrl(registryHostPort);
            registry.setKind("oci");
            registry.setInsecure(true);
            platform.setRegistries(List.of(registry));
            project.setDefaultRegistryId("local");
            project.setRegistryProject(PROJECT);
        }
        platform.setProjects(List.of(project));
        EnvironmentConfig staging = environment("staging", "shop-staging", 2);
        staging.setProtectedEnvironment(true);
        staging.setApprovers(APPROVER);
        platform.setEnvironments(List.of(environment("dev", "shop-dev", 1), staging));
        ApplicationConfig application = new ApplicationConfig(APPLICATION, PROJECT);
        WorkloadConfig deployment = new WorkloadConfig("Deployment", APPLICATION);
        deployment.setContainers("app");
        application.setWorkloads(List.of(deployment));
        application.setImageRepository(PROJECT + "/" + APPLICATION);
        application.setManifestsPath("k8s/");
        platform.setApplications(List.of(application));
        ChannelConfig webhook = new ChannelConfig("deliveries", PROJECT);
        webhook.setKind("webhook");
        webhook.setCredentialsId(WEBHOOK_URL_ID);
        webhook.setSecretCredentialsId(WEBHOOK_SECRET_ID);
        webhook.setEvents(List.of("deployed", "deploy-failed", "approval-waiting", "approved"));
        platform.setChannels(List.of(webhook));
        return platform;
    }

    /**
     * The project's {@code success-rate}: the built-in NGINX query (share of the canary's requests not answered
     * with a 5xx) measured every 4 s instead of every minute, so the demo's analyses take seconds. The first
     * measurement may come before Prometheus has scraped any canary request: one inconclusive is tolerated.
     */
    private static AnalysisConfig successRate() {
        String canary = "nginx_ingress_controller_requests{namespace=\"{{namespace}}\",ingress=\"{{ingress}}\","
                + "canary!=\"\"";
        AnalysisConfig analysis = new AnalysisConfig("success-rate", PROJECT);
        analysis.setQuery("sum(rate(" + canary + ",status!~\"5.*\"}[{{interval}}])) / sum(rate(" + canary
                + "}[{{interval}}]))");
        analysis.setSampleQuery("sum(increase(" + canary + "}[{{interval}}]))");
        analysis.setSuccessCondition(">= 0.99");
        analysis.setInterval("4s");
        analysis.setCount("3");
        analysis.setFailureLimit("0");
        analysis.setInconclusiveLimit("1");
        analysis.setMinSampleSize("10");
        return analysis;
    }

    private static EnvironmentConfig environment(String id, String namespace, int order) {
        EnvironmentConfig environment = new EnvironmentConfig(id, PROJECT);
        environment.setClusterId("local");
        environment.setNamespace(namespace);
        environment.setOrder(order);
        environment.setIngressClass(INGRESS_CLASS);
        environment.setDomain(DOMAIN);
        return environment;
    }
}
