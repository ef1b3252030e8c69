package io.jenkins.plugins.skylark.e2e;

import hudson.model.Result;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;

/**
 * A Jenkins with Skylark's plugins, a fake Kubernetes cluster, the local registry (when Debian's
 * {@code docker-registry} is installed; OCI archives otherwise) and the embedded metrics store, set up
 * the way an administrator and a team would: platform configured, folder {@code shop} bound to project
 * {@code shop}, job {@code shop/orders} building the sample service from its Git repository with the
 * Jenkinsfile rendered from the "Java service to Kubernetes" template.
 */
public final class DeliveryScenario implements AutoCloseable {
    static final String TEMPLATE = "java-service-kubernetes";
    /** This module's folder, laid out as the Jenkins global library it is (tests run there). */
    private static final Path LIBRARY = Path.of("").toAbsolutePath();

    private final JenkinsExtension jenkins = new JenkinsExtension();
    private final Path output;
    private final boolean echo;
    private FakeKubernetes cluster;
    private LocalRegistry registry;
    private SampleRepository repository;
    private WorkflowJob job;
    private String jenkinsfile;
    private boolean jenkinsStarted;

    private DeliveryScenario(Path output, boolean echo) {
        this.output = output;
        this.echo = echo;
    }

    /** Starts everything; the first commit of the sample service is dated {@code firstCommit}. */
    public static DeliveryScenario start(Path output, boolean echo, Instant firstCommit) throws Exception {
        DeliveryScenario scenario = new DeliveryScenario(output, echo);
        try {
            scenario.setUp(firstCommit);
            return scenario;
        } catch (Exception | Error e) {
            scenario.close();
            throw e;
        }
    }

    private void setUp(Instant firstCommit) throws Exception {
        Files.createDirectories(output);
        jenkins.start();
        jenkinsStarted = true;
        cluster = FakeKubernetes.builder().namespaces(DemoPlatform.NAMESPACES.toArray(String[]::new)).start();
        registry = LocalRegistry.isInstalled() ? LocalRegistry.start() : null;
        jenkins.credentials().addGlobal(new TestStringCredentials(DemoPlatform.CLUSTER_TOKEN_ID, cluster.token()));
        SkylarkConfiguration.get().setPlatform(DemoPlatform.of(cluster.url(),
                registry == null ? null : registry.hostPort()));
        jenkins.folder(DemoPlatform.PROJECT).addProperty(new PlatformProjectProperty(DemoPlatform.PROJECT));
        job = jenkins.job(DemoPlatform.PROJECT + "/" + DemoPlatform.APPLICATION);
        repository = SampleRepository.create(output.resolve("orders-repository"), firstCommit);
        jenkinsfile = render();
        Files.writeString(output.resolve("Jenkinsfile"), jenkinsfile);
    }

    /** The Jenkinsfile a team gets from the template's form with these values. */
    private static String render() {
        TemplateDescriptor template = TemplateCatalog.load(DeliveryScenario.class.getClassLoader()).get(TEMPLATE)
                .orElseThrow(() -> new IllegalStateException("template " + TEMPLATE + " is not in the catalogue"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("project", DemoPlatform.PROJECT);
        values.put("application", DemoPlatform.APPLICATION);
        values.put("mavenGoals", "-q -o clean package");
        values.put("firstEnvironment", "dev");
        values.put("promote", true);
        values.put("approvalMessage", "Deploy orders to staging?");
        values.put("secondEnvironment", "staging");
        values.put("reportPeriod", "last-30-days");
        return TemplateEngine.render(template, values).text();
    }

    /** Commits a new version of the sample service at {@code at}; returns the commit id. */
    public String release(String version, Instant at) throws Exception {
        return repository.release(version, at);
    }

    /** Runs one build of the job with the template's Jenkinsfile. */
    public PipelineRun deliver() throws Exception {
        return build(jenkinsfile);
    }

    /** Runs a build of {@code script}, a Jenkinsfile, in the same job and workspace. */
    public PipelineRun build(String script) throws Exception {
        StepRunner build = jenkins.newBuild(job);
        int number = build.build().getNumber();
        JenkinsfileRunner runner = JenkinsfileRunner.in(Path.of(build.workspace().getRemote()),
                        output.resolve("build-" + number))
                .scm(repository.directory(), "main")
                .library(SharedLibrary.at(LIBRARY))
                .environment("BUILD_NUMBER", String.valueOf(number))
                .environment("JOB_NAME", job.getFullName())
                .echo(echo);
        PipelineRun run = JenkinsSteps.register(runner, build).run(script);
        build.finish(run.result() == BuildResult.SUCCESS ? Result.SUCCESS : Result.FAILURE);
        if (echo) {
            System.out.println("---- what Skylark's steps wrote to the console of build #" + number + " ----");
            System.out.println(build.log());
        }
        return run;
    }

    public FakeKubernetes cluster() {
        return cluster;
    }

    public boolean pushesToRegistry() {
        return registry != null;
    }

    /** The job's workspace (shared by its builds, as on a Jenkins agent). */
    public Path workspace() {
        return jenkins.home().resolve("workspace").resolve(job.getFullName());
    }

    public String jenkinsfile() {
        return jenkinsfile;
    }

    @Override
    public void close() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        if (registry != null) {
            registry.close();
        }
        if (jenkinsStarted) {
            jenkins.stop();
        }
    }
}
