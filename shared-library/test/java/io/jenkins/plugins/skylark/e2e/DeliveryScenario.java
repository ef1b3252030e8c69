package io.jenkins.plugins.skylark.e2e;

import hudson.model.Result;
import io.fabric8.kubernetes.api.model.networking.v1.IngressLoadBalancerIngress;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsSteps;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineFailure;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.pipeline.SharedLibrary;
import io.jenkins.plugins.skylark.harness.pipeline.StepCall;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;

/**
 * A Jenkins with Skylark's plugins, a fake Kubernetes cluster with an ingress controller, the local
 * registry (when Debian's {@code docker-registry} is installed; OCI archives otherwise), the embedded
 * metrics store, a generic-webhook receiver, a simulated SonarQube ({@link SimulatedSonarQube}, analyses by
 * {@link SimulatedScanner}) and simulated users behind the ingress controller, set up the way an administrator and
 * a team would: platform configured (with the webhook's URL and signing secret and the SonarQube token as
 * credentials), folder {@code shop}
 * bound to project {@code shop}, job {@code shop/orders} building the sample service from its Git
 * repository with the Jenkinsfile rendered from the "Java service to Kubernetes" template, exposing it.
 */
public final class DeliveryScenario implements AutoCloseable {
    static final String TEMPLATE = "java-service-kubernetes";
    /** Where the fake cluster's ingress controller says it listens. */
    static final String INGRESS_ADDRESS = "127.0.0.1";
    /** This module's folder, laid out as the Jenkins global library it is (found from target/test-classes). */
    private static final Path LIBRARY = libraryFolder();
    /** The library's name in this Jenkins' Global Pipeline Libraries, as the README and the template use it. */
    static final String LIBRARY_NAME = "skylark";
    /**
     * platformBuild's download cache (its {@code SKYLARK_BUILD_CACHE}): in this module's {@code target/}, so that
     * the demo and the tests download the sample's Maven plugins from Maven Central once, not at every run.
     */
    static final Path BUILD_CACHE = LIBRARY.resolve("target").resolve("build-cache");
    /** The root URL builds report (nothing listens there: the demo has no web UI). */
    private static final String JENKINS_URL = "http://localhost:8080/";

    private final JenkinsExtension jenkins = new JenkinsExtension();
    private final Path output;
    private final boolean echo;
    private FakeKubernetes cluster;
    private LocalRegistry registry;
    private WebhookReceiver webhook;
    private SimulatedSonarQube sonar;
    private String lastConsole;
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
        cluster = FakeKubernetes.builder().namespaces(DemoPlatform.NAMESPACES.toArray(String[]::new))
                .ingressController(DemoPlatform.INGRESS_CLASS, INGRESS_ADDRESS).trafficSimulator().start();
        registry = LocalRegistry.isInstalled() ? LocalRegistry.start() : null;
        webhook = WebhookReceiver.start();
        sonar = SimulatedSonarQube.start();
        SimulatedScanner.install();
        jenkins.credentials().addGlobal(new TestStringCredentials(DemoPlatform.CLUSTER_TOKEN_ID, cluster.token()));
        jenkins.credentials().addGlobal(new TestStringCredentials(DemoPlatform.WEBHOOK_URL_ID, webhook.url()));
        jenkins.credentials().addGlobal(new TestStringCredentials(DemoPlatform.WEBHOOK_SECRET_ID,
                webhook.signingSecret()));
        jenkins.credentials().addGlobal(new TestStringCredentials(DemoPlatform.SONAR_TOKEN_ID, sonar.token()));
        configurePlatform(null);
        jenkins.folder(DemoPlatform.PROJECT).addProperty(new PlatformProjectProperty(DemoPlatform.PROJECT));
        job = jenkins.job(DemoPlatform.PROJECT + "/" + DemoPlatform.APPLICATION);
        repository = SampleRepository.create(output.resolve("orders-repository"), firstCommit);
        jenkinsfile = render();
        Files.writeString(output.resolve("Jenkinsfile"), jenkinsfile);
    }

    /** Configures the platform as its administrator would; {@code prometheusUrl} = where dev's analyses query. */
    void configurePlatform(String prometheusUrl) {
        SkylarkConfiguration.get().setPlatform(DemoPlatform.withSonarQube(DemoPlatform.withGrayReleases(cluster.url(),
                registry == null ? null : registry.hostPort(), prometheusUrl), sonar.url()));
    }

    /** Whatever the working directory (the demo runs from the repository's root): above target/test-classes. */
    private static Path libraryFolder() {
        try {
            Path classes = Path.of(DeliveryScenario.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate the shared library's folder", e);
        }
    }

    /** The Jenkinsfile a team gets from the template's form with these values. */
    private static String render() {
        TemplateDescriptor template = TemplateCatalog.load(DeliveryScenario.class.getClassLoader()).get(TEMPLATE)
                .orElseThrow(() -> new IllegalStateException("template " + TEMPLATE + " is not in the catalogue"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("project", DemoPlatform.PROJECT);
        values.put("application", DemoPlatform.APPLICATION);
        values.put("mavenGoals", "-q clean package");
        values.put("baseImage", "scratch"); // the demo reaches no public registry for the template's JRE image
        values.put("scan", true);
        values.put("expose", true);
        values.put("exposePort", 80); // the sample's Service port
        values.put("firstEnvironment", "dev");
        values.put("promote", true);
        values.put("approvalMessage", "Deploy orders to staging?");
        values.put("secondEnvironment", "staging");
        values.put("reportPeriod", "last-30-days");
        return TemplateEngine.render(template, values).text();
    }

    /**
     * Pipeline's {@code library} step in a Jenkins whose one global library is {@value #LIBRARY_NAME}; the
     * runner keeps that library's variables in scope anyway, so this only refuses another name, as Jenkins does.
     */
    static Object library(StepCall call) {
        String identifier = call.text("identifier", true);
        if (!LIBRARY_NAME.equals(identifier)) {
            throw new PipelineFailure("No library named " + identifier + " found");
        }
        call.runtime().log("Loading library " + identifier);
        return null;
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
                .environment("SKYLARK_BUILD_CACHE", BUILD_CACHE.toString())
                // what names the build holding a gray release's lock
                .environment("BUILD_URL", JENKINS_URL + "job/" + job.getFullName().replace("/", "/job/") + "/" + number + "/")
                .echo(echo);
        PipelineRun run = JenkinsSteps.register(runner, build).step("library", DeliveryScenario::library).run(script);
        build.finish(run.result() == BuildResult.SUCCESS ? Result.SUCCESS : Result.FAILURE);
        lastConsole = build.log();
        if (echo) {
            System.out.println("---- what Skylark's steps wrote to the console of build #" + number + " ----");
            System.out.println(lastConsole);
        }
        return run;
    }

    public FakeKubernetes cluster() {
        return cluster;
    }

    /** What Skylark's steps wrote to the Jenkins console of the last build. */
    public String lastConsole() {
        return lastConsole;
    }

    WebhookReceiver webhook() {
        return webhook;
    }

    SimulatedSonarQube sonar() {
        return sonar;
    }

    /** The application's Ingresses in the project's namespaces, with the addresses their controller gave them. */
    public List<String> exposedUrls() {
        List<String> urls = new ArrayList<>();
        for (String namespace : DemoPlatform.NAMESPACES) {
            for (Ingress ingress : cluster.client().network().v1().ingresses().inNamespace(namespace).list().getItems()) {
                List<IngressLoadBalancerIngress> addresses = ingress.getStatus() == null
                        || ingress.getStatus().getLoadBalancer() == null ? List.of()
                        : ingress.getStatus().getLoadBalancer().getIngress();
                ingress.getSpec().getRules().forEach(rule -> urls.add("http://" + rule.getHost() + "/ (Ingress "
                        + namespace + "/" + ingress.getMetadata().getName() + ", address "
                        + addresses.stream().map(a -> a.getIp() != null ? a.getIp() : a.getHostname()).toList() + ")"));
            }
        }
        return urls;
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
        if (webhook != null) {
            webhook.close();
        }
        if (sonar != null) {
            sonar.close();
        }
        if (jenkinsStarted) {
            jenkins.stop();
        }
    }
}
