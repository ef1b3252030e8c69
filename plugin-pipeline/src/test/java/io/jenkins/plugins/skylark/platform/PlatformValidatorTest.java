package io.jenkins.plugins.skylark.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One named row per rule: a single change to a valid model gives exactly one problem, naming object and field. */
class PlatformValidatorTest {

    record Row(String name, Consumer<TestPlatform> change, String kind, String id, String field, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rules() {
        return Stream.of(
                new Row("cluster id missing", p -> p.clusters.add(cluster(null, "https://a.example.com")),
                        "cluster", "#3", "id", "must not be empty"),
                new Row("cluster id not a DNS-1123 label", p -> p.clusters.add(cluster("North_1", "https://n.example.com")),
                        "cluster", "North_1", "id", "'North_1' is not a valid id"),
                new Row("cluster id duplicated", p -> p.clusters.add(cluster("east", "https://e2.example.com")),
                        "cluster", "east", "id", "used by more than one cluster"),
                new Row("cluster API URL unparsable", p -> p.clusters.add(cluster("north", "https://bad host")),
                        "cluster", "north", "apiUrl", "is not a valid URL"),
                new Row("cluster API URL not http(s)", p -> p.clusters.add(cluster("north", "ftp://n.example.com")),
                        "cluster", "north", "apiUrl", "must start with https://"),
                new Row("cluster API URL without host", p -> p.clusters.add(cluster("north", "https:/path")),
                        "cluster", "north", "apiUrl", "has no host name"),
                new Row("cluster API URL with password", p -> p.clusters.add(cluster("north", "https://u:pw@n.example.com")),
                        "cluster", "north", "apiUrl", "must not contain a user name or password"),
                new Row("cluster credentials missing", p -> p.clusters.add(new Cluster("north", null,
                        "https://n.example.com", null, false, " ", null, null)),
                        "cluster", "north", "credentialsId", "must not be empty"),
                new Row("cluster CA not PEM", p -> p.clusters.add(tls("north", "not a certificate", false)),
                        "cluster", "north", "caCertificatePem", "does not contain a PEM-encoded X.509 certificate"),
                new Row("cluster CA PEM corrupt", p -> p.clusters.add(tls("north",
                        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", false)),
                        "cluster", "north", "caCertificatePem", "cannot be read"),
                new Row("cluster skip-TLS together with a CA", p -> p.clusters.add(tls("north", TestPlatform.CA_PEM, true)),
                        "cluster", "north", "skipTlsVerify", "contradicts the CA certificate"),
                new Row("cluster label key invalid", p -> p.clusters.add(new Cluster("north", null, "https://n.example.com",
                        null, false, "c", Map.of("-region", "x"), null)),
                        "cluster", "north", "labels", "'-region' is not a valid label key"),
                new Row("cluster label value invalid", p -> p.clusters.add(new Cluster("north", null, "https://n.example.com",
                        null, false, "c", Map.of("region", "cn east"), null)),
                        "cluster", "north", "labels", "'cn east' is not a valid value for label 'region'"),
                new Row("registry id duplicated", p -> p.registries.add(registry("harbor", "h2.example.com", false)),
                        "registry", "harbor", "id", "used by more than one registry"),
                new Row("registry URL with a path", p -> p.registries.add(registry("r", "https://r.example.com/v2", false)),
                        "registry", "r", "url", "without a path"),
                new Row("registry plain HTTP without insecure", p -> p.registries.add(registry("r", "http://r.example.com", false)),
                        "registry", "r", "url", "uses plain HTTP"),
                new Row("registry host unparsable", p -> p.registries.add(registry("r", "bad host:5000", false)),
                        "registry", "r", "url", "is not a valid URL"),
                new Row("registry kind missing", p -> p.registries.add(new ImageRegistry("r", "r.example.com", null, null, false)),
                        "registry", "r", "kind", "must not be empty"),
                new Row("project id duplicated", p -> p.projects.add(project("blog", "Blog 2", List.of())),
                        "project", "blog", "id", "used by more than one project"),
                new Row("project namespace on unknown cluster", p -> p.projects.add(project("news", "News",
                        List.of(new NamespaceBinding("mars", "news")))),
                        "project", "news", "namespaces[0].clusterId", "there is no cluster 'mars'"),
                new Row("project namespace not a DNS-1123 label", p -> p.projects.add(project("news", "News",
                        List.of(new NamespaceBinding("west", "News_NS")))),
                        "project", "news", "namespaces[0].namespace", "'News_NS' is not a valid namespace name"),
                new Row("project namespace listed twice", p -> p.projects.add(project("news", "News",
                        List.of(new NamespaceBinding("west", "news"), new NamespaceBinding("west", "news")))),
                        "project", "news", "namespaces[1]", "is listed twice"),
                new Row("namespace owned by two projects", p -> p.projects.add(project("news", "News",
                        List.of(new NamespaceBinding("west", "blog")))),
                        "project", "news", "namespaces[0]", "already belongs to project 'blog'"),
                new Row("project default registry unknown", p -> p.projects.add(new Project("news", "News", null,
                        List.of(), "quay", null)),
                        "project", "news", "defaultRegistryId", "there is no registry 'quay'"),
                new Row("project registry project without registry", p -> p.projects.add(new Project("news", "News", null,
                        List.of(), null, "news")),
                        "project", "news", "registryProject", "needs a default registry"),
                new Row("project registry project invalid", p -> p.projects.add(new Project("news", "News", null,
                        List.of(), "harbor", "News--")),
                        "project", "news", "registryProject", "'News--' is not a valid registry project name"),
                new Row("environment of unknown project", p -> p.environments.add(environment("news", "dev", "west", "blog", 1)),
                        "environment", "news/dev", "projectId", "there is no project 'news'"),
                new Row("environment on unknown cluster", p -> p.environments.add(environment("blog", "test", "mars", "blog", 2)),
                        "environment", "blog/test", "clusterId", "there is no cluster 'mars'"),
                new Row("environment namespace of another project", p -> p.environments.add(
                        environment("blog", "test", "east", "shop-dev", 2)),
                        "environment", "blog/test", "namespace",
                        "namespace 'shop-dev' on cluster 'east' does not belong to project 'blog'; the project owns: west/blog"),
                new Row("environment namespace owned on another cluster", p -> p.environments.add(
                        environment("shop", "test", "west", "shop-dev", 3)),
                        "environment", "shop/test", "namespace", "namespace 'shop-dev' on cluster 'west' does not belong"),
                new Row("environment namespace invalid", p -> p.environments.add(environment("blog", "test", "west", "Blog", 2)),
                        "environment", "blog/test", "namespace", "'Blog' is not a valid namespace name"),
                new Row("environment id duplicated in project", p -> p.environments.add(
                        environment("shop", "dev", "east", "shop-dev", 3)),
                        "environment", "shop/dev", "id", "project 'shop' has more than one environment with the id 'dev'"),
                new Row("environment order duplicated in project", p -> p.environments.add(
                        environment("shop", "test", "east", "shop-dev", 2)),
                        "environment", "shop/test", "order", "order 2 is also used by environment 'prod'"),
                new Row("protected environment without approvers", p -> p.environments.add(new Environment("test", "blog",
                        "west", "blog", 2, true, List.of(), null)),
                        "environment", "blog/test", "approvers", "needs at least one approver"),
                new Row("environment router not offered by cluster", p -> p.environments.add(new Environment("test", "blog",
                        "west", "blog", 2, false, List.of(), TrafficRouter.ISTIO)),
                        "environment", "blog/test", "trafficRouter",
                        "cluster 'west' does not offer the traffic router 'istio'; it offers: gateway-api"),
                new Row("application of unknown project", p -> p.applications.add(application("news", "web", "news/web")),
                        "application", "news/web", "projectId", "there is no project 'news'"),
                new Row("application id duplicated in project", p -> p.applications.add(application("blog", "web", "blog/web")),
                        "application", "blog/web", "id", "project 'blog' has more than one application with the id 'web'"),
                new Row("application without workloads", p -> p.applications.add(new Application("api", "blog", List.of(),
                        "blog/api", null)),
                        "application", "blog/api", "workloads", "needs at least one workload"),
                new Row("workload name not a DNS-1123 subdomain", p -> p.applications.add(new Application("api", "blog",
                        List.of(new Workload(WorkloadKind.DEPLOYMENT, "Api_Server", List.of("api"))), "blog/api", null)),
                        "application", "blog/api", "workloads[0].name", "'Api_Server' is not a valid Kubernetes object name"),
                new Row("workload kind missing", p -> p.applications.add(new Application("api", "blog",
                        List.of(new Workload(null, "api", List.of("api"))), "blog/api", null)),
                        "application", "blog/api", "workloads[0].kind", "must not be empty"),
                new Row("workload listed twice", p -> p.applications.add(new Application("api", "blog", List.of(
                        new Workload(WorkloadKind.DEPLOYMENT, "api", List.of("api")),
                        new Workload(WorkloadKind.DEPLOYMENT, "api", List.of("api"))), "blog/api", null)),
                        "application", "blog/api", "workloads[1]", "Deployment 'api' is listed twice"),
                new Row("workload without containers", p -> p.applications.add(new Application("api", "blog",
                        List.of(new Workload(WorkloadKind.DAEMON_SET, "api", List.of())), "blog/api", null)),
                        "application", "blog/api", "workloads[0].containers", "needs at least one container"),
                new Row("container name invalid", p -> p.applications.add(new Application("api", "blog",
                        List.of(new Workload(WorkloadKind.DEPLOYMENT, "api", List.of("api.v1"))), "blog/api", null)),
                        "application", "blog/api", "workloads[0].containers[0]", "'api.v1' is not a valid container name"),
                new Row("image repository with tag", p -> p.applications.add(application("blog", "api", "blog/api:1.0")),
                        "application", "blog/api", "imageRepository", "'blog/api:1.0' is not a valid image repository"),
                new Row("image repository outside registry project", p -> p.applications.add(
                        application("shop", "api", "blog/api")),
                        "application", "shop/api", "imageRepository", "it must start with 'shop/'"),
                new Row("manifests path escaping the workspace", p -> p.applications.add(new Application("api", "blog",
                        List.of(new Workload(WorkloadKind.DEPLOYMENT, "api", List.of("api"))), "blog/api", "k8s/../../etc")),
                        "application", "blog/api", "manifestsPath", "must be a path inside the workspace"),
                new Row("manifests path absolute", p -> p.applications.add(new Application("api", "blog",
                        List.of(new Workload(WorkloadKind.DEPLOYMENT, "api", List.of("api"))), "blog/api", "/etc/k8s")),
                        "application", "blog/api", "manifestsPath", "must be a path inside the workspace"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldReportEachBrokenRuleAgainstItsObjectAndField(Row row) {
        assertOnlyProblem(new TestPlatform(), row);
    }

    /** Applies the row's change to {@code platform}: exactly the row's problem must follow. */
    static void assertOnlyProblem(TestPlatform platform, Row row) {
        row.change().accept(platform);

        List<ValidationProblem> problems = PlatformValidator.validate(platform.build(), Locale.ENGLISH);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.objectKind()).isEqualTo(row.kind());
            assertThat(problem.objectId()).isEqualTo(row.id());
            assertThat(problem.field()).isEqualTo(row.field());
            assertThat(problem.message()).contains(row.says());
        });
    }

    @Test
    void shouldAcceptTheValidModelWithSameEnvironmentAndApplicationIdsInTwoProjects() {
        PlatformModel model = TestPlatform.valid();

        assertThat(model.environment("shop", "dev")).isPresent().isNotEqualTo(model.environment("blog", "dev"));
        assertThat(PlatformValidator.validate(model)).isEmpty();
    }

    @Test
    void shouldAcceptRegistryHostsWithoutSchemeAndPlainHttpWhenInsecure() {
        TestPlatform platform = new TestPlatform();
        platform.registries.add(registry("quay", "quay.example.com:8443", false));
        platform.registries.add(registry("loop", "http://127.0.0.1:5000/", true));

        assertThat(PlatformValidator.validate(platform.build())).isEmpty();
    }

    @Test
    void shouldAcceptProjectWithoutDisplayNameShowingItsId() {
        TestPlatform platform = new TestPlatform();
        platform.projects.add(project("news", null, List.of()));
        PlatformModel model = platform.build();

        assertThat(PlatformValidator.validate(model)).isEmpty();
        assertThat(model.project("news").orElseThrow().displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("news");
    }

    @Test
    void shouldReportEveryProblemInOnePass() {
        TestPlatform platform = new TestPlatform();
        platform.clusters.add(cluster("North_1", "ftp://n"));
        platform.environments.add(environment("news", "dev", "west", "blog", 1));

        assertThat(PlatformValidator.validate(platform.build(), Locale.ENGLISH))
                .extracting(ValidationProblem::field)
                .containsExactly("id", "apiUrl", "projectId");
    }

    @Test
    void shouldFormatProblemNamingObjectAndField() {
        ValidationProblem problem = new ValidationProblem("environment", "shop/dev", "namespace", "is wrong");

        assertThat(problem.format(Locale.ENGLISH)).isEqualTo("environment 'shop/dev', field 'namespace': is wrong");
        assertThat(problem.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("环境“shop/dev”，字段“namespace”：is wrong");
    }

    @Test
    void shouldWriteMessagesInChineseForChineseLocale() {
        TestPlatform platform = new TestPlatform();
        platform.environments.add(new Environment("test", "blog", "west", "blog", 2, true, List.of(), null));

        assertThat(PlatformValidator.validate(platform.build(), Locale.SIMPLIFIED_CHINESE))
                .extracting(ValidationProblem::message)
                .containsExactly("受保护的环境至少需要一名审批人");
    }

    static Cluster cluster(String id, String apiUrl) {
        return new Cluster(id, null, apiUrl, null, false, "credentials", null, null);
    }

    static Cluster tls(String id, String ca, boolean skipTlsVerify) {
        return new Cluster(id, null, "https://n.example.com", ca, skipTlsVerify, "credentials", null, Set.of());
    }

    static ImageRegistry registry(String id, String url, boolean insecure) {
        return new ImageRegistry(id, url, null, RegistryKind.OCI, insecure);
    }

    static Project project(String id, String displayName, List<NamespaceBinding> namespaces) {
        return new Project(id, displayName, null, namespaces, null, null);
    }

    static Environment environment(String projectId, String id, String clusterId, String namespace, int order) {
        return new Environment(id, projectId, clusterId, namespace, order, false, List.of(), null);
    }

    static Application application(String projectId, String id, String imageRepository) {
        return new Application(id, projectId, List.of(new Workload(WorkloadKind.DEPLOYMENT, id, List.of(id))),
                imageRepository, null);
    }
}
