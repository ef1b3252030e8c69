package io.jenkins.plugins.skylark.sonar.jenkins;

import hudson.ExtensionList;
import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectServersConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.SonarServerConfig;
import io.jenkins.plugins.skylark.platform.jenkins.TestConfigs;
import io.jenkins.plugins.skylark.sonar.ReportTask;
import io.jenkins.plugins.skylark.sonar.SonarAnalyzer;
import io.jenkins.plugins.skylark.sonar.SonarSimulator;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import io.jenkins.plugins.skylark.webhook.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The platform of the scan tests: {@link TestConfigs#valid()} plus SonarQube server {@code sq} (the
 * {@link SonarSimulator}; token credential {@code sonar-token}, webhook secret {@code sonar-hook}) used by
 * project {@code shop}, whose only application is {@code web}. Analyses run through {@link RecordingAnalyzer},
 * which needs no scanner engine: it records what it was given and writes the scanner's {@code report-task.txt}.
 * Registered after the test's {@link JenkinsExtension} ({@code @Order}), as it configures that Jenkins.
 */
final class ScanPlatform implements BeforeEachCallback, AfterEachCallback {
    static final String TOKEN = "squ_9f8e7d6c5b4a39281706f5e4d3c2b1a0aabbccdd";
    static final String HOOK_SECRET = "sonar-webhook-secret-7";

    final SonarSimulator sonar = new SonarSimulator();
    private final JenkinsExtension jenkins;

    /** What the analyzer was given, per analysis (static: the analyzer is serialised to the agent and back). */
    static final List<Map<String, String>> ANALYSES = new CopyOnWriteArrayList<>();
    static final List<String> TOKENS = new CopyOnWriteArrayList<>();

    ScanPlatform(JenkinsExtension jenkins) {
        this.jenkins = jenkins;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ANALYSES.clear();
        TOKENS.clear();
        PlatformConfig config = TestConfigs.valid();
        SonarServerConfig server = new SonarServerConfig("sq");
        server.setUrl(sonar.url());
        server.setCredentialsId("sonar-token");
        server.setWebhookSecretId("sonar-hook");
        config.setSonarServers(List.of(server));
        List<ProjectConfig> projects = new ArrayList<>(config.getProjects());
        ProjectServersConfig servers = new ProjectServersConfig();
        servers.setSonarServerId("sq");
        projects.get(0).setServers(servers);
        config.setProjects(projects);
        SkylarkConfiguration.get().setPlatform(config);
        jenkins.credentials().addGlobal(new TestStringCredentials("east-token", "EAST-CLUSTER-TOKEN"));
        jenkins.credentials().addGlobal(new TestStringCredentials("sonar-token", TOKEN));
        jenkins.credentials().addGlobal(new TestStringCredentials("sonar-hook", HOOK_SECRET));
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        ExtensionList.lookupSingleton(PlatformScanStep.DescriptorImpl.class)
                .useAnalyzer(new RecordingAnalyzer(sonar.url()));
    }

    /** Runs {@code step} inside {@code withPlatform(project: 'shop', environment: 'dev')}. */
    static Object inside(StepRunner build, Step step) throws Exception {
        return build.run(withPlatform(), body -> build.run(step, body));
    }

    static WithPlatformStep withPlatform() {
        WithPlatformStep withPlatform = new WithPlatformStep("shop");
        withPlatform.setEnvironment("dev");
        return withPlatform;
    }

    /** A webhook signed as SonarQube signs it with {@code secret}. */
    static Map<String, String> signed(String body, String secret) {
        return Map.of("X-Sonar-Webhook-HMAC-SHA256",
                WebhookSignatures.hmacSha256Hex(secret, body.getBytes(StandardCharsets.UTF_8)),
                "Content-Type", "application/json");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sonar.close();
    }

    /** Records the analysis and writes the report-task.txt a real scanner writes after uploading. */
    static final class RecordingAnalyzer implements SonarAnalyzer {
        private static final long serialVersionUID = 1L;
        private final String serverUrl;

        RecordingAnalyzer(String serverUrl) {
            this.serverUrl = serverUrl;
        }

        @Override
        public ReportTask analyze(Map<String, String> properties, String token, Path baseDir, Consumer<String> log)
                throws java.io.IOException {
            ANALYSES.add(Map.copyOf(properties));
            TOKENS.add(token);
            log.accept("[sonar] analysed " + properties.get("sonar.projectKey"));
            Path work = Files.createDirectories(baseDir.resolve(".scannerwork"));
            Files.writeString(work.resolve(ReportTask.FILE), "projectKey=" + properties.get("sonar.projectKey")
                    + "\nserverUrl=" + serverUrl + "\ndashboardUrl=" + serverUrl + "/dashboard?id="
                    + properties.get("sonar.projectKey") + "\nceTaskId=" + SonarSimulator.TASK + "\n");
            return ReportTask.parse(Files.readString(work.resolve(ReportTask.FILE)));
        }
    }

}
