package io.jenkins.plugins.skylark.platform;

import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A valid platform model to start tests from, as mutable lists: a test changes or adds one object,
 * then calls {@link #build()}. Two projects ({@code shop} on two clusters, {@code blog} on one) both
 * have an environment {@code dev} and an application {@code web}.
 */
public final class TestPlatform {

    public static final String CA_PEM = resource("ca.pem");

    public final List<Cluster> clusters = new ArrayList<>(List.of(
            new Cluster("east", "East (Shanghai)", "https://east.example.com:6443", CA_PEM, false, "east-token",
                    Map.of("region", "cn-east"), Set.of(TrafficRouter.NGINX, TrafficRouter.ISTIO)),
            new Cluster("west", null, "https://10.0.0.1:6443", null, false, "west-kubeconfig",
                    Map.of(), Set.of(TrafficRouter.GATEWAY_API))));
    public final List<ImageRegistry> registries = new ArrayList<>(List.of(
            new ImageRegistry("harbor", "https://harbor.example.com", "harbor-robot", RegistryKind.HARBOR, false),
            new ImageRegistry("local", "localhost:5000", null, RegistryKind.OCI, true)));
    public final List<Project> projects = new ArrayList<>(List.of(
            new Project("shop", "Shop", "商城", List.of(new NamespaceBinding("east", "shop-dev"),
                    new NamespaceBinding("east", "shop-prod"), new NamespaceBinding("west", "shop-dr")),
                    "harbor", "shop"),
            new Project("blog", "Blog", null, List.of(new NamespaceBinding("west", "blog")), "local", null)));
    public final List<Environment> environments = new ArrayList<>(List.of(
            new Environment("prod", "shop", "east", "shop-prod", 2, true, List.of("alice"), TrafficRouter.ISTIO),
            new Environment("dev", "shop", "east", "shop-dev", 1, false, List.of(), TrafficRouter.NGINX),
            new Environment("dev", "blog", "west", "blog", 1, false, List.of(), null)));
    public final List<Application> applications = new ArrayList<>(List.of(
            new Application("web", "shop", List.of(
                    new Workload(WorkloadKind.DEPLOYMENT, "web", List.of("web", "log-shipper")),
                    new Workload(WorkloadKind.STATEFUL_SET, "web.cache", List.of("redis"))),
                    "shop/web", "deploy/k8s"),
            new Application("web", "blog", List.of(new Workload(WorkloadKind.DEPLOYMENT, "blog", List.of("blog"))),
                    "blog/web", null)));

    public final List<NotificationChannel> channels = new ArrayList<>();
    public final List<String> exposeAnnotations = new ArrayList<>();
    public final List<ProjectAnalysis> analyses = new ArrayList<>();
    public final List<SonarServer> sonarServers = new ArrayList<>();
    public final List<JiraServer> jiraServers = new ArrayList<>();

    /** The default release policy of {@code shop/prod} {@linkplain #withRelease() with release settings}. */
    public static final String PROD_POLICY = """
            strategy: canary
            onInconclusive: fail
            steps:
              - weight: 10
              - analysis: error-rate
              - match: {header: x-canary, value: "true"}
              - pause: approval
              - analysis: success-rate
              - weight: 100
            """;

    public PlatformModel build() {
        return new PlatformModel(clusters, registries, projects, environments, applications, channels,
                exposeAnnotations, analyses, sonarServers, jiraServers);
    }

    /**
     * Adds the servers, still valid: SonarQube {@code sonar} (with a webhook secret), JIRA Cloud {@code acme} and
     * Data Center {@code jira-dc}; Harbor creating projects with a webhook secret; the shop on {@code sonar} and
     * {@code acme} (keys SHOP and PAY, incidents by JQL, a robot account), the blog on {@code sonar} and
     * {@code jira-dc} with its own credentials; build settings for both applications; issue updates on the shop's
     * environments.
     */
    public TestPlatform withServers() {
        sonarServers.add(new SonarServer("sonar", "https://sonar.example.com", "sonar-token", "sonar-webhook"));
        jiraServers.add(new JiraServer("acme", "https://acme.atlassian.net", JiraFlavor.CLOUD, "jira-cloud"));
        jiraServers.add(new JiraServer("jira-dc", "https://jira.example.com/jira", JiraFlavor.DATA_CENTER, "jira-pat"));
        registries.set(0, new ImageRegistry("harbor", "https://harbor.example.com", "harbor-robot", RegistryKind.HARBOR,
                false, true, "harbor-webhook"));
        Project shop = projects.get(0);
        projects.set(0, new Project(shop.id(), shop.displayName(), shop.displayNameZh(), shop.namespaces(),
                shop.defaultRegistryId(), shop.registryProject(), new ProjectServers("sonar", null, "acme", null,
                        List.of("SHOP", "PAY"), "project = OPS AND issuetype = Incident", "shop-robot")));
        Project blog = projects.get(1);
        projects.set(1, new Project(blog.id(), blog.displayName(), blog.displayNameZh(), blog.namespaces(),
                blog.defaultRegistryId(), blog.registryProject(), new ProjectServers("sonar", "blog-sonar-token",
                        "jira-dc", "blog-jira-pat", List.of("BLOG_2"), null, null)));
        Application web = applications.get(0);
        applications.set(0, new Application(web.id(), web.projectId(), web.workloads(), web.imageRepository(),
                web.manifestsPath(), new BuildSettings(BuildTool.MAVEN, "clean verify -Pci", "jdk-17", null,
                        "target/*.jar", "shop:web")));
        Application blogWeb = applications.get(1);
        applications.set(1, new Application(blogWeb.id(), blogWeb.projectId(), blogWeb.workloads(),
                blogWeb.imageRepository(), blogWeb.manifestsPath(), new BuildSettings(BuildTool.NPM, "run build", null,
                        "node-20", "dist/**, build/*.tgz", null)));
        environments.set(0, withIssueUpdates(environments.get(0), new IssueUpdates(true, "Deployed to production")));
        environments.set(1, withIssueUpdates(environments.get(1), new IssueUpdates(true, null)));
        return this;
    }

    /** The valid model {@linkplain #withServers() with servers}. */
    public static PlatformModel validWithServers() {
        return new TestPlatform().withServers().build();
    }

    static Environment withIssueUpdates(Environment e, IssueUpdates updates) {
        return new Environment(e.id(), e.projectId(), e.clusterId(), e.namespace(), e.order(), e.protectedEnvironment(),
                e.approvers(), e.trafficRouter(), e.fourEyes(), e.exposure(), e.release(), updates);
    }

    /**
     * Adds release settings, still valid: {@code shop/prod} (Istio) with a default policy, Prometheus with a
     * token, its own route name and a 2-minute delay; {@code blog/dev} (no router) with Prometheus only; the
     * shop's analysis {@code error-rate} and the blog's {@code success-rate}, which replaces the built-in one.
     */
    public TestPlatform withRelease() {
        Environment prod = environments.get(0);
        environments.set(0, new Environment(prod.id(), prod.projectId(), prod.clusterId(), prod.namespace(),
                prod.order(), prod.protectedEnvironment(), prod.approvers(), prod.trafficRouter(), false, null,
                new ReleaseSettings(PROD_POLICY, "https://prometheus.example.com/", "prometheus-token", "web-vs",
                        Duration.ofMinutes(2))));
        Environment blog = environments.get(2);
        environments.set(2, new Environment(blog.id(), blog.projectId(), blog.clusterId(), blog.namespace(),
                blog.order(), false, List.of(), null, false, null,
                new ReleaseSettings(null, "http://prometheus.monitoring:9090", null, null, null)));
        analyses.add(new ProjectAnalysis("shop", "error-rate",
                "sum(rate(errors{namespace=\"{{namespace}}\"}[{{interval}}]))", null, "< 0.01", "30s", "5", "1",
                "2", null, "fail"));
        analyses.add(new ProjectAnalysis("blog", "success-rate", "sum(rate(ok[{{interval}}])) / sum(rate(all[{{interval}}]))",
                "sum(increase(all[{{interval}}]))", ">= 0.95", null, null, null, null, "50", null));
        return this;
    }

    /** The valid model {@linkplain #withRelease() with release settings}. */
    public static PlatformModel validWithRelease() {
        return new TestPlatform().withRelease().build();
    }

    /**
     * Adds the delivery settings, still valid: {@code shop/prod} exposed through Gateway {@code gateways/public}
     * under {@code shop.example.com} with four eyes, {@code shop/dev} through ingress class {@code nginx}; a
     * DingTalk channel for the shop, a mail channel for {@code shop/prod}, a webhook for the blog; two
     * allowed annotation entries.
     */
    public TestPlatform withDelivery() {
        environments.set(0, new Environment("prod", "shop", "east", "shop-prod", 2, true, List.of("alice"),
                TrafficRouter.ISTIO, true, new Exposure(RouteKind.GATEWAY, null, "public", "gateways", "shop.example.com")));
        environments.set(1, new Environment("dev", "shop", "east", "shop-dev", 1, false, List.of(), TrafficRouter.NGINX,
                false, new Exposure(RouteKind.INGRESS, "nginx", null, null, "dev.shop.example.com")));
        channels.add(new NotificationChannel("ops", "shop", null, ChannelKind.DINGTALK, "ops-dingtalk",
                "ops-dingtalk-secret", List.of(), Set.of(DeliveryEventType.DEPLOY_FAILED,
                        DeliveryEventType.APPROVAL_WAITING)));
        channels.add(new NotificationChannel("release-mail", "shop", "prod", ChannelKind.EMAIL, null, null,
                List.of("ops@example.com", "alice.wang+release@mail.example.cn"), Set.of(DeliveryEventType.DEPLOYED)));
        channels.add(new NotificationChannel("hook", "blog", null, ChannelKind.WEBHOOK, "blog-hook", null, List.of(),
                Set.of()));
        exposeAnnotations.addAll(List.of("nginx.ingress.kubernetes.io/*", "cert-manager.io/cluster-issuer"));
        return this;
    }

    /** The unchanged valid model. */
    public static PlatformModel valid() {
        return new TestPlatform().build();
    }

    /** The valid model {@linkplain #withDelivery() with delivery settings}. */
    public static PlatformModel validWithDelivery() {
        return new TestPlatform().withDelivery().build();
    }

    private static String resource(String name) {
        try (InputStream in = TestPlatform.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
