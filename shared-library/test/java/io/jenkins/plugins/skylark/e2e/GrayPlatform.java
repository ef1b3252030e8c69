package io.jenkins.plugins.skylark.e2e;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.pipeline.InputDecision;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsSteps;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.pipeline.SharedLibrary;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.jenkins.EnvironmentConfig;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;

/**
 * The demo platform on a fake cluster where {@code orders} already runs in {@code shop-dev} (Deployment with 4
 * replicas of {@link #V1}, Service {@code orders}; {@code dev} has no traffic router, so weights are replica
 * ratios), and Jenkinsfile builds of job {@code shop/orders} with the library, each with its own build URL.
 */
final class GrayPlatform implements AutoCloseable {
    static final String NAMESPACE = "shop-dev";
    static final String V1 = "registry.example/shop/orders@sha256:" + "1".repeat(64);
    static final String V2 = "registry.example/shop/orders@sha256:" + "2".repeat(64);
    private static final Path LIBRARY = Path.of("").toAbsolutePath();

    final FakeKubernetes cluster;
    private final JenkinsExtension jenkins;
    private final WorkflowJob job;

    private GrayPlatform(JenkinsExtension jenkins) throws java.io.IOException {
        this.jenkins = jenkins;
        this.cluster = FakeKubernetes.builder().speed(30).token("token").namespaces(DemoPlatform.NAMESPACES.toArray(String[]::new))
                .start();
        SkylarkConfiguration.get().setPlatform(withoutRouter(DemoPlatform.of(cluster.url(), null)));
        jenkins.credentials().addGlobal(new TestStringCredentials(DemoPlatform.CLUSTER_TOKEN_ID, "token"));
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        job = jenkins.job("shop/orders");
    }

    /** The platform with {@code orders} running {@link #V1} in {@code shop-dev}. */
    static GrayPlatform start(JenkinsExtension jenkins) throws Exception {
        GrayPlatform platform = new GrayPlatform(jenkins);
        try (InputStream manifests = GrayPlatform.class.getResourceAsStream("/sample-app/k8s/orders.yaml")) {
            platform.cluster.client().load(manifests).inNamespace(NAMESPACE).resources()
                    .forEach(resource -> resource.create());
        }
        platform.cluster.client().apps().deployments().inNamespace(NAMESPACE).withName("orders")
                .edit(d -> {
                    d.getSpec().setReplicas(4);
                    d.getSpec().getTemplate().getSpec().getContainers().get(0).setImage(V1);
                    return d;
                });
        return platform;
    }

    /** Environment {@code dev}'s release settings name this Prometheus and credential. */
    void prometheus(String url, String credentialsId) throws Exception {
        PlatformConfig config = withoutRouter(DemoPlatform.of(cluster.url(), null));
        for (EnvironmentConfig environment : config.getEnvironments()) {
            if (environment.getId().equals("dev")) {
                environment.setPrometheusUrl(url);
                environment.setPrometheusCredentialsId(credentialsId);
            }
        }
        SkylarkConfiguration.get().setPlatform(config);
    }

    /** These tests run without a traffic router (replica ratios); the demo's environments use nginx. */
    private static PlatformConfig withoutRouter(PlatformConfig config) {
        config.getEnvironments().forEach(environment -> environment.setTrafficRouter(""));
        return config;
    }

    StepRunner newBuild() throws Exception {
        return jenkins.newBuild(job);
    }

    static String urlOf(StepRunner build) {
        return "https://ci.example/job/shop/job/orders/" + build.build().getNumber() + "/";
    }

    /** Runs {@code jenkinsfile} as {@code build}, the input answered as {@code inputs} says. */
    static PipelineRun run(StepRunner build, Path artifacts, InputDecision inputs, String jenkinsfile) throws Exception {
        Path workspace = Path.of(build.workspace().getRemote());
        Files.createDirectories(workspace);
        JenkinsfileRunner runner = JenkinsfileRunner.in(workspace, artifacts).library(SharedLibrary.at(LIBRARY))
                .inputs(inputs).environment("BUILD_URL", urlOf(build));
        return JenkinsSteps.register(runner, build).run(jenkinsfile);
    }

    Deployment deployment(String name) {
        return cluster.client().apps().deployments().inNamespace(NAMESPACE).withName(name).get();
    }

    static String imageOf(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }

    @Override
    public void close() {
        cluster.close();
    }
}
