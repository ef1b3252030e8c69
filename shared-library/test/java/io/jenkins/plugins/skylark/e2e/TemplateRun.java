package io.jenkins.plugins.skylark.e2e;

import hudson.model.Result;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsSteps;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.pipeline.SharedLibrary;
import io.jenkins.plugins.skylark.harness.registry.LocalRegistry;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.template.TemplateCatalog;
import io.jenkins.plugins.skylark.template.TemplateDescriptor;
import io.jenkins.plugins.skylark.template.TemplateEngine;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;

/**
 * Runs the Jenkinsfile an official template renders, as job {@code shop/orders} of a Jenkins with Skylark's
 * plugins and library: the demo's platform ({@link DemoPlatform}: {@code dev}, and {@code staging} protected
 * with approver {@value DemoPlatform#APPROVER}, whom the harness answers the input as; the {@code nginx}
 * ingress class and traffic router) on a fake cluster with an ingress controller, the local registry, and a
 * signed generic webhook as the project's notification channel. The job's repository holds the template's
 * sample project ({@code test/resources/template-samples/<template>/}) plus the demo's {@code k8s/orders.yaml}.
 */
final class TemplateRun implements AutoCloseable {
    private static final Path LIBRARY = Path.of("").toAbsolutePath();
    private static final String JENKINS_URL = "http://localhost:8080/";

    private final JenkinsExtension jenkins;
    private final String template;
    private final Path output;
    private final FakeKubernetes cluster;
    private final LocalRegistry registry;
    private final WebhookReceiver webhook;
    private final WorkflowJob job;
    private final SampleRepository repository;
    private String console;

    private TemplateRun(JenkinsExtension jenkins, String template, Path sample, Path output) throws Exception {
        this.jenkins = jenkins;
        this.template = template;
        this.output = output;
        cluster = FakeKubernetes.builder().speed(30).namespaces(DemoPlatform.NAMESPACES.toArray(String[]::new))
                .ingressController(DemoPlatform.INGRESS_CLASS, DeliveryScenario.INGRESS_ADDRESS).start();
        registry = LocalRegistry.start();
        webhook = WebhookReceiver.start();
        jenkins.credentials().addGlobal(new TestStringCredentials(DemoPlatform.CLUSTER_TOKEN_ID, cluster.token()));
        jenkins.credentials().addGlobal(new TestStringCredentials(DemoPlatform.WEBHOOK_URL_ID, webhook.url()));
        jenkins.credentials().addGlobal(new TestStringCredentials(DemoPlatform.WEBHOOK_SECRET_ID, webhook.signingSecret()));
        SkylarkConfiguration.get().setPlatform(DemoPlatform.withGrayReleases(cluster.url(), registry.hostPort(), null));
        jenkins.folder(DemoPlatform.PROJECT).addProperty(new PlatformProjectProperty(DemoPlatform.PROJECT));
        job = jenkins.job(DemoPlatform.PROJECT + "/" + DemoPlatform.APPLICATION);
        repository = SampleRepository.create(sample, output.resolve("repository"), Instant.now());
    }

    /** The platform, the job and its repository for {@code template} (the local registry is required). */
    static TemplateRun start(JenkinsExtension jenkins, String template, Path output) throws Exception {
        return new TemplateRun(jenkins, template, resource("/template-samples/" + template), output);
    }

    /** The same with the project at test resource {@code sample} in the job's repository. */
    static TemplateRun start(JenkinsExtension jenkins, String template, String sample, Path output) throws Exception {
        return new TemplateRun(jenkins, template, resource(sample), output);
    }

    /** The Jenkinsfile the template renders for project {@code shop}, application {@code orders} and {@code values}. */
    String render(Map<String, ?> values) {
        TemplateDescriptor descriptor = TemplateCatalog.load(TemplateRun.class.getClassLoader()).get(template)
                .orElseThrow(() -> new IllegalStateException("template " + template + " is not in the catalogue"));
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("project", DemoPlatform.PROJECT);
        all.put("application", DemoPlatform.APPLICATION);
        all.putAll(values);
        return TemplateEngine.render(descriptor, all).text();
    }

    /** Runs one build of the Jenkinsfile the template renders with {@code values}; the build cache is the demo's. */
    PipelineRun deliver(Map<String, ?> values) throws Exception {
        StepRunner build = jenkins.newBuild(job);
        int number = build.build().getNumber();
        JenkinsfileRunner runner = JenkinsfileRunner.in(Path.of(build.workspace().getRemote()),
                        output.resolve("build-" + number))
                .scm(repository.directory(), "main")
                .library(SharedLibrary.at(LIBRARY))
                .environment("BUILD_NUMBER", String.valueOf(number))
                .environment("JOB_NAME", job.getFullName())
                .environment("SKYLARK_BUILD_CACHE", DeliveryScenario.BUILD_CACHE.toString())
                .environment("BUILD_URL", JENKINS_URL + "job/shop/job/orders/" + number + "/");
        PipelineRun run = JenkinsSteps.register(runner, build).step("library", DeliveryScenario::library).run(render(values));
        build.finish(run.result() == BuildResult.SUCCESS ? Result.SUCCESS : Result.FAILURE);
        console = build.log();
        return run;
    }

    /** Commits {@code from} → {@code to} in {@code file} of the job's repository (a new version to deliver). */
    void change(String file, String from, String to) throws Exception {
        repository.change(file, from, to, Instant.now());
    }

    /** What Skylark's steps wrote to the Jenkins console of the last build. */
    String console() {
        return console;
    }

    /** The job's workspace, shared by its builds. */
    Path workspace() {
        return jenkins.home().resolve("workspace").resolve(job.getFullName());
    }

    WebhookReceiver webhook() {
        return webhook;
    }

    /** The image {@code orders} runs in {@code shop-<environment>}, or null when it is not deployed there. */
    String deployedImage(String environment) {
        Deployment deployment = cluster.client().apps().deployments().inNamespace("shop-" + environment)
                .withName(DemoPlatform.APPLICATION).get();
        return deployment == null ? null : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }

    /** The host of {@code orders}' Ingress in {@code shop-<environment>}, or null without one. */
    String exposedHost(String environment) {
        Ingress ingress = cluster.client().network().v1().ingresses().inNamespace("shop-" + environment)
                .withName(DemoPlatform.APPLICATION).get();
        return ingress == null ? null : ingress.getSpec().getRules().get(0).getHost();
    }

    private static Path resource(String name) {
        try {
            return Path.of(TemplateRun.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException(name + " is not on the test class path", e);
        }
    }

    @Override
    public void close() throws Exception {
        cluster.close();
        registry.close();
        webhook.close();
    }
}
