package io.jenkins.plugins.skylark.deploy.jenkins;

import hudson.ExtensionList;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.jenkins.ApplicationConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ClusterConfig;
import io.jenkins.plugins.skylark.platform.jenkins.EnvironmentConfig;
import io.jenkins.plugins.skylark.platform.jenkins.NamespaceConfig;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.WorkloadConfig;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.steps.Step;

/**
 * A fake cluster configured as the platform's only cluster: project {@code shop} (environments
 * {@code dev} and {@code prod}, application {@code orders} with manifests in {@code k8s/}) bound to
 * folder {@code shop}, project {@code bank} (application {@code ledger}), the cluster token in the
 * credentials store, and a listener recording every delivery event.
 */
final class DeployPlatform implements AutoCloseable {
    static final String TOKEN = "FAKE-CLUSTER-TOKEN-4711-do-not-print";
    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    static final String BUILD_URL = "https://ci.example/job/shop/job/orders/7/";
    static final String REPOSITORY = "registry.example/shop/orders";
    /** What the cluster's default ingress controller (class nginx) assigns to every Ingress. */
    static final String EXPOSE_ADDRESS = "203.0.113.10";

    final FakeKubernetes cluster;
    final RecordingListener listener = new RecordingListener();
    private final JenkinsExtension jenkins;
    private final Map<String, WorkflowJob> jobs = new HashMap<>();

    private DeployPlatform(JenkinsExtension jenkins, double speed) {
        this.jenkins = jenkins;
        this.cluster = FakeKubernetes.builder().speed(speed).token(TOKEN).namespaces("shop-dev", "shop-prod", "bank")
                .defaultIngressController("nginx", EXPOSE_ADDRESS).start();
    }

    static DeployPlatform start(JenkinsExtension jenkins) throws IOException {
        return start(jenkins, 30);
    }

    /** With the cluster's simulated time running {@code speed} times faster than real time. */
    static DeployPlatform start(JenkinsExtension jenkins, double speed) throws IOException {
        DeployPlatform platform = new DeployPlatform(jenkins, speed);
        SkylarkConfiguration.get().setPlatform(platform.config("fake-token"));
        jenkins.credentials().addGlobal(new TestStringCredentials("fake-token", TOKEN));
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        ExtensionList.lookup(DeliveryEventListener.class).add(platform.listener);
        return platform;
    }

    /** The platform with {@code shop/prod} protected: only {@code approvers} may approve a build into it. */
    void protectProd(String approvers) {
        PlatformConfig config = config("fake-token");
        for (EnvironmentConfig environment : config.getEnvironments()) {
            if (environment.getId().equals("prod")) {
                environment.setProtectedEnvironment(true);
                environment.setApprovers(approvers);
            }
        }
        SkylarkConfiguration.get().setPlatform(config);
    }

    /** A digest-pinned image of the orders repository, distinct per {@code n}. */
    static String image(int n) {
        return REPOSITORY + "@sha256:" + String.valueOf(n).repeat(64);
    }

    /** The platform with the cluster's credential under {@code credentialsId}. */
    PlatformConfig config(String credentialsId) {
        ClusterConfig fake = new ClusterConfig("fake");
        fake.setApiUrl(cluster.url());
        fake.setCredentialsId(credentialsId);
        PlatformConfig platform = new PlatformConfig();
        platform.setClusters(List.of(fake));
        platform.setProjects(List.of(project("shop", "shop-dev", "shop-prod"), project("bank", "bank")));
        platform.setEnvironments(List.of(environment("dev", "shop", "shop-dev", 1), environment("prod", "shop", "shop-prod", 2),
                environment("dev", "bank", "bank", 1)));
        platform.setApplications(List.of(application("orders", "shop", "k8s/"), application("ledger", "bank", null)));
        return platform;
    }

    /** A new build of job {@code shop/orders} with the manifests in {@code k8s/} and GIT_COMMIT and BUILD_URL set. */
    StepRunner newBuild() throws Exception {
        return newBuild("shop/orders");
    }

    StepRunner newBuild(String job) throws Exception {
        StepRunner build = jenkins.newBuild(jobs.computeIfAbsent(job, jenkins::job));
        build.environment().put("GIT_COMMIT", COMMIT);
        build.environment().put("BUILD_URL", BUILD_URL);
        copy(build, "orders/orders.yaml", "k8s/orders.yaml");
        return build;
    }

    /** Copies a fixture next to this class into the build's workspace. */
    static void copy(StepRunner build, String fixture, String target) throws Exception {
        try (InputStream in = DeployPlatform.class.getResourceAsStream(fixture)) {
            build.workspace().child(target).write(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "UTF-8");
        }
    }

    /** Runs {@code step} inside {@code withPlatform(project: 'shop', environment: environment)}. */
    static Object inShop(StepRunner build, String environment, Step step) throws Exception {
        return build.run(withPlatform("shop", environment), body -> build.run(step, body));
    }

    static WithPlatformStep withPlatform(String project, String environment) {
        WithPlatformStep step = new WithPlatformStep(project);
        step.setEnvironment(environment);
        return step;
    }

    static PlatformDeployStep deploy(String image) {
        PlatformDeployStep step = new PlatformDeployStep("orders");
        step.setImage(image);
        return step;
    }

    Deployment deployment(String namespace) {
        return cluster.client().apps().deployments().inNamespace(namespace).withName("orders").get();
    }

    static String imageOf(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }

    @Override
    public void close() {
        cluster.close();
    }

    private static ProjectConfig project(String id, String... namespaces) {
        ProjectConfig project = new ProjectConfig(id);
        project.setDisplayName(id);
        project.setNamespaces(Arrays.stream(namespaces).map(ns -> new NamespaceConfig("fake", ns)).toList());
        return project;
    }

    private static EnvironmentConfig environment(String id, String project, String namespace, int order) {
        EnvironmentConfig environment = new EnvironmentConfig(id, project);
        environment.setClusterId("fake");
        environment.setNamespace(namespace);
        environment.setOrder(order);
        return environment;
    }

    private static ApplicationConfig application(String id, String project, String manifests) {
        ApplicationConfig application = new ApplicationConfig(id, project);
        application.setImageRepository(project + "/" + id);
        application.setManifestsPath(manifests);
        WorkloadConfig workload = new WorkloadConfig("Deployment", id);
        workload.setContainers("app");
        application.setWorkloads(List.of(workload));
        return application;
    }
}
