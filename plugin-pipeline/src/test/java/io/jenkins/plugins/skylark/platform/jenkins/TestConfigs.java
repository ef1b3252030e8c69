package io.jenkins.plugins.skylark.platform.jenkins;

import io.jenkins.plugins.skylark.platform.TestPlatform;
import java.util.List;

/**
 * The bindable configuration of {@link TestPlatform#valid()}, built the way a form or Configuration as
 * Code builds it: constructors for the required values, setters for the rest.
 */
public final class TestConfigs {
    private TestConfigs() {
    }

    public static PlatformConfig valid() {
        PlatformConfig platform = new PlatformConfig();
        platform.setClusters(List.of(east(), west()));
        platform.setRegistries(List.of(registry("harbor", "https://harbor.example.com", "harbor-robot", "harbor", false),
                registry("local", "localhost:5000", null, "oci", true)));
        platform.setProjects(List.of(
                project("shop", "Shop", "商城", "harbor", "shop", namespace("east", "shop-dev"),
                        namespace("east", "shop-prod"), namespace("west", "shop-dr")),
                project("blog", "Blog", null, "local", null, namespace("west", "blog"))));
        platform.setEnvironments(List.of(environment("prod", "shop", "east", "shop-prod", 2, "alice", "istio"),
                environment("dev", "shop", "east", "shop-dev", 1, "", "nginx"),
                environment("dev", "blog", "west", "blog", 1, null, null)));
        platform.setApplications(List.of(
                application("web", "shop", "shop/web", "deploy/k8s", workload("Deployment", "web", "web, log-shipper"),
                        workload("StatefulSet", "web.cache", "redis")),
                application("web", "blog", "blog/web", null, workload("Deployment", "blog", "blog"))));
        return platform;
    }

    /** The bindable configuration of {@link TestPlatform#validWithDelivery()}. */
    public static PlatformConfig withDelivery() {
        PlatformConfig platform = valid();
        EnvironmentConfig prod = platform.getEnvironments().get(0);
        prod.setFourEyes(true);
        prod.setRouteKind("gateway");
        prod.setGatewayName("public");
        prod.setGatewayNamespace("gateways");
        prod.setDomain("shop.example.com");
        EnvironmentConfig dev = platform.getEnvironments().get(1);
        dev.setRouteKind("ingress");
        dev.setIngressClass("nginx");
        dev.setDomain(" dev.shop.example.com ");
        platform.setChannels(List.of(
                channel("ops", "shop", null, "dingtalk", "ops-dingtalk", "ops-dingtalk-secret", null,
                        "deploy-failed", "approval-waiting"),
                channel("release-mail", "shop", "prod", "email", null, null,
                        "ops@example.com;\nalice.wang+release@mail.example.cn", "DEPLOYED"),
                channel("hook", "blog", null, "webhook", "blog-hook", "", "")));
        platform.setExposeAnnotations("nginx.ingress.kubernetes.io/*\n\n  cert-manager.io/cluster-issuer\n");
        return platform;
    }

    /** The bindable configuration of {@link TestPlatform#validWithRelease()}. */
    public static PlatformConfig withRelease() {
        PlatformConfig platform = valid();
        EnvironmentConfig prod = platform.getEnvironments().get(0);
        prod.setReleasePolicy(TestPlatform.PROD_POLICY);
        prod.setPrometheusUrl(" https://prometheus.example.com/ ");
        prod.setPrometheusCredentialsId("prometheus-token");
        prod.setReleaseRoute("web-vs");
        prod.setScaleDownDelay("2m");
        EnvironmentConfig blog = platform.getEnvironments().get(2);
        blog.setPrometheusUrl("http://prometheus.monitoring:9090");
        blog.setScaleDownDelay(" ");
        platform.setAnalyses(List.of(
                analysis("error-rate", "shop", "sum(rate(errors{namespace=\"{{namespace}}\"}[{{interval}}]))", null,
                        "< 0.01", "30s", "5", "1", "2", null, "fail"),
                analysis("success-rate", "blog", "sum(rate(ok[{{interval}}])) / sum(rate(all[{{interval}}]))",
                        "sum(increase(all[{{interval}}]))", ">= 0.95", "", null, null, null, "50", "")));
        return platform;
    }

    /** The bindable configuration of {@link TestPlatform#validWithServers()}, as a user would type it. */
    public static PlatformConfig withServers() {
        PlatformConfig platform = valid();
        platform.setSonarServers(List.of(sonarServer("sonar", " https://sonar.example.com/ ", "sonar-token",
                "sonar-webhook")));
        platform.setJiraServers(List.of(jiraServer("acme", "https://acme.atlassian.net", "cloud", "jira-cloud"),
                jiraServer("jira-dc", "https://jira.example.com/jira/", "DATA_CENTER", "jira-pat")));
        RegistryConfig harbor = platform.getRegistries().get(0);
        harbor.setCreateProjects(true);
        harbor.setWebhookSecretId(" harbor-webhook ");
        platform.getProjects().get(0).setServers(servers("sonar", "", "acme", null, "SHOP, PAY",
                " project = OPS AND issuetype = Incident ", "shop-robot"));
        platform.getProjects().get(1).setServers(servers("sonar", "blog-sonar-token", "jira-dc", "blog-jira-pat",
                "BLOG_2", "", null));
        platform.getApplications().get(0).setBuild(build("maven", "clean verify -Pci", "jdk-17", "", "target/*.jar",
                "shop:web"));
        platform.getApplications().get(1).setBuild(build("NPM", " run build ", null, "node-20", "dist/**, build/*.tgz",
                null));
        platform.getEnvironments().get(0).setIssueUpdates(issueUpdates(true, "Deployed to production"));
        platform.getEnvironments().get(1).setIssueUpdates(issueUpdates(true, " "));
        platform.getEnvironments().get(2).setIssueUpdates(issueUpdates(false, null));
        return platform;
    }

    public static SonarServerConfig sonarServer(String id, String url, String credentialsId, String webhookSecretId) {
        SonarServerConfig server = new SonarServerConfig(id);
        server.setUrl(url);
        server.setCredentialsId(credentialsId);
        server.setWebhookSecretId(webhookSecretId);
        return server;
    }

    public static JiraServerConfig jiraServer(String id, String url, String flavor, String credentialsId) {
        JiraServerConfig server = new JiraServerConfig(id);
        server.setUrl(url);
        server.setFlavor(flavor);
        server.setCredentialsId(credentialsId);
        return server;
    }

    public static ProjectServersConfig servers(String sonarServerId, String sonarCredentialsId, String jiraServerId,
            String jiraCredentialsId, String jiraProjectKeys, String incidentJql, String registryCredentialsId) {
        ProjectServersConfig servers = new ProjectServersConfig();
        servers.setSonarServerId(sonarServerId);
        servers.setSonarCredentialsId(sonarCredentialsId);
        servers.setJiraServerId(jiraServerId);
        servers.setJiraCredentialsId(jiraCredentialsId);
        servers.setJiraProjectKeys(jiraProjectKeys);
        servers.setIncidentJql(incidentJql);
        servers.setRegistryCredentialsId(registryCredentialsId);
        return servers;
    }

    public static BuildConfig build(String tool, String args, String jdk, String nodejs, String artifacts,
            String sonarProjectKey) {
        BuildConfig build = new BuildConfig();
        build.setTool(tool);
        build.setArgs(args);
        build.setJdk(jdk);
        build.setNodejs(nodejs);
        build.setArtifacts(artifacts);
        build.setSonarProjectKey(sonarProjectKey);
        return build;
    }

    public static IssueUpdatesConfig issueUpdates(boolean comment, String transition) {
        IssueUpdatesConfig updates = new IssueUpdatesConfig();
        updates.setComment(comment);
        updates.setTransition(transition);
        return updates;
    }

    public static AnalysisConfig analysis(String name, String projectId, String query, String sampleQuery,
            String successCondition, String interval, String count, String failureLimit, String inconclusiveLimit,
            String minSampleSize, String onError) {
        AnalysisConfig analysis = new AnalysisConfig(name, projectId);
        analysis.setQuery(query);
        analysis.setSampleQuery(sampleQuery);
        analysis.setSuccessCondition(successCondition);
        analysis.setInterval(interval);
        analysis.setCount(count);
        analysis.setFailureLimit(failureLimit);
        analysis.setInconclusiveLimit(inconclusiveLimit);
        analysis.setMinSampleSize(minSampleSize);
        analysis.setOnError(onError);
        return analysis;
    }

    public static ChannelConfig channel(String id, String projectId, String environmentId, String kind,
            String credentialsId, String secretCredentialsId, String recipients, String... events) {
        ChannelConfig channel = new ChannelConfig(id, projectId);
        channel.setEnvironmentId(environmentId);
        channel.setKind(kind);
        channel.setCredentialsId(credentialsId);
        channel.setSecretCredentialsId(secretCredentialsId);
        channel.setRecipients(recipients);
        channel.setEvents(List.of(events));
        return channel;
    }

    public static ClusterConfig east() {
        ClusterConfig east = new ClusterConfig("east");
        east.setDisplayName("East (Shanghai)");
        east.setApiUrl("https://east.example.com:6443");
        east.setCaCertificatePem(TestPlatform.CA_PEM);
        east.setCredentialsId("east-token");
        east.setLabels("region=cn-east\n");
        east.setNginx(true);
        east.setIstio(true);
        return east;
    }

    static ClusterConfig west() {
        ClusterConfig west = new ClusterConfig("west");
        west.setApiUrl("https://10.0.0.1:6443");
        west.setCredentialsId("west-kubeconfig");
        west.setGatewayApi(true);
        return west;
    }

    public static RegistryConfig registry(String id, String url, String credentialsId, String kind, boolean insecure) {
        RegistryConfig registry = new RegistryConfig(id);
        registry.setUrl(url);
        registry.setCredentialsId(credentialsId);
        registry.setKind(kind);
        registry.setInsecure(insecure);
        return registry;
    }

    public static ProjectConfig project(String id, String name, String nameZh, String registryId, String registryProject,
            NamespaceConfig... namespaces) {
        ProjectConfig project = new ProjectConfig(id);
        project.setDisplayName(name);
        project.setDisplayNameZh(nameZh);
        project.setNamespaces(List.of(namespaces));
        project.setDefaultRegistryId(registryId);
        project.setRegistryProject(registryProject);
        return project;
    }

    public static NamespaceConfig namespace(String clusterId, String namespace) {
        return new NamespaceConfig(clusterId, namespace);
    }

    public static EnvironmentConfig environment(String id, String projectId, String clusterId, String namespace,
            int order, String approvers, String trafficRouter) {
        EnvironmentConfig environment = new EnvironmentConfig(id, projectId);
        environment.setClusterId(clusterId);
        environment.setNamespace(namespace);
        environment.setOrder(order);
        environment.setProtectedEnvironment(approvers != null && !approvers.isBlank());
        environment.setApprovers(approvers);
        environment.setTrafficRouter(trafficRouter);
        return environment;
    }

    static ApplicationConfig application(String id, String projectId, String repository, String manifests,
            WorkloadConfig... workloads) {
        ApplicationConfig application = new ApplicationConfig(id, projectId);
        application.setImageRepository(repository);
        application.setManifestsPath(manifests);
        application.setWorkloads(List.of(workloads));
        return application;
    }

    static WorkloadConfig workload(String kind, String name, String containers) {
        WorkloadConfig workload = new WorkloadConfig(kind, name);
        workload.setContainers(containers);
        return workload;
    }
}
