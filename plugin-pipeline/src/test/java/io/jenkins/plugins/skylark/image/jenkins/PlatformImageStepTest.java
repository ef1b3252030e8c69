package io.jenkins.plugins.skylark.image.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import io.jenkins.plugins.skylark.harness.registry.LocalRegistry;
import io.jenkins.plugins.skylark.harness.registry.RequiresRegistry;
import io.jenkins.plugins.skylark.harness.remoting.SerializingChannel;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.image.RegistryCredentials;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code platformImage} inside {@code withPlatform}, pushing to a real registry through a serialising agent channel. */
class PlatformImageStepTest {
    private static final String USER = "builder";
    private static final String PASSWORD = "Rg-pa55-7e1l";
    private static final String COMMIT = "4f2a9c81d7e6b5a4c3d2e1f0a9b8c7d6e5f4a3b2";
    private static final String DIGEST = "@sha256:[0-9a-f]{64}";

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path scratch;

    private final List<DeliveryEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void shopFolderAndEventRecorder() throws Exception {
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        jenkins.folder("blog").addProperty(new PlatformProjectProperty("blog"));
        ExtensionList.lookup(DeliveryEventListener.class).add(new Recorder());
    }

    @Test
    void shouldBeThePlatformImageStep() {
        assertThat(StepDescriptor.byFunctionName("platformImage")).isInstanceOf(PlatformImageStep.DescriptorImpl.class);
    }

    @Test
    @RequiresRegistry
    void shouldPushToTheProjectsRegistryWithItsCredentialsAndExportTheReference() throws Exception {
        try (LocalRegistry registry = LocalRegistry.startWithBasicAuth(USER, PASSWORD)) {
            StepRunner build = pushingBuild(registry);
            PlatformImageStep step = new PlatformImageStep("orders");
            step.setFrom(AppWorkspace.pushBase(registry, credentials(), scratch));
            step.setTags(List.of("candidate"));

            Object[] exported = new Object[1];
            Object reference = build.run(new WithPlatformStep("shop"), body -> {
                Object image = build.run(step, body);
                exported[0] = body.get(EnvVars.class).get(PlatformImageAction.VARIABLE);
                return image;
            });

            assertThat((String) reference).matches(registry.hostPort() + "/shop/orders" + DIGEST);
            assertThat(exported[0]).isEqualTo(reference);
            String digest = ((String) reference).substring(((String) reference).indexOf('@') + 1);
            for (String tag : List.of("1", "4f2a9c8", "candidate")) {
                assertThat(registry.get("/v2/shop/orders/manifests/" + tag, OCI_MANIFEST).header("Docker-Content-Digest"))
                        .as("tag %s", tag).isEqualTo(digest);
            }
            assertThat(((SerializingChannel) build.workspace().getChannel()).calls()).isEqualTo(1);
            assertThat(build.log()).contains("Layout: Java application target/orders-1.0.jar", "Pushed " + reference,
                    "Exported PLATFORM_IMAGE=" + reference);
        }
    }

    @Test
    @RequiresRegistry
    void shouldPublishAnImagePushedEventKeyedByBuildWithCommitAndBuildUrl() throws Exception {
        try (LocalRegistry registry = LocalRegistry.startWithBasicAuth(USER, PASSWORD)) {
            StepRunner build = pushingBuild(registry);

            Object reference = build.run(new WithPlatformStep("shop"), body -> build.run(new PlatformImageStep("orders"), body));

            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo(DeliveryEventType.IMAGE_PUSHED);
                assertThat(event.version()).isEqualTo(reference);
                assertThat(event.idempotencyKey()).isEqualTo(DeliveryEventListener.keyFor(build.build(),
                        DeliveryEventType.IMAGE_PUSHED, "orders", null, (String) reference));
                assertThat(event.commitId()).isEqualTo(COMMIT);
                assertThat(event.buildUrl()).isEqualTo("https://ci.example.com/job/shop/job/orders/1/");
                assertThat(event.project()).isEqualTo("shop");
            });
        }
    }

    @Test
    @RequiresRegistry
    void shouldKeepThePasswordOutOfTheLogTheWorkspaceAndTheEnvironment() throws Exception {
        try (LocalRegistry registry = LocalRegistry.startWithBasicAuth(USER, PASSWORD)) {
            StepRunner build = pushingBuild(registry);

            EnvVars env = (EnvVars) build.run(new WithPlatformStep("shop"), body -> {
                build.run(new PlatformImageStep("orders"), body);
                return body.get(EnvVars.class);
            });

            assertThat(build.log()).contains("Pushed").doesNotContain(PASSWORD);
            assertThat(WorkspaceText.of(build.workspace())).doesNotContain(PASSWORD);
            assertThat(env.values()).noneMatch(value -> value.contains(PASSWORD));
            assertThat(build.build().getEnvironment(TaskListener.NULL).values()).noneMatch(v -> v.contains(PASSWORD));
        }
    }

    @Test
    @RequiresRegistry
    void shouldAbortNamingRegistryAndUserWhenTheCredentialsAreRefused() throws Exception {
        try (LocalRegistry registry = LocalRegistry.startWithBasicAuth(USER, PASSWORD)) {
            ImagePlatform.configure(registry.url());
            jenkins.credentials().addGlobal(new TestUsernamePasswordCredentials(ImagePlatform.REGISTRY_CREDENTIALS,
                    USER, "wrong-secret-42"));
            StepRunner build = jenkins.newBuild(jenkins.job("shop/orders"));
            AppWorkspace.mavenBuild(Path.of(build.workspace().getRemote()));

            assertThatThrownBy(() -> build.run(new WithPlatformStep("shop"),
                    body -> build.run(new PlatformImageStep("orders"), body)))
                    .isInstanceOf(AbortException.class)
                    .hasMessage("Registry " + registry.hostPort() + " refused the credentials of user 'builder'");
            assertThat(build.log()).doesNotContain("wrong-secret-42");
        }
    }

    @Test
    @RequiresRegistry
    void shouldAbortNamingAMissingBaseImage() throws Exception {
        try (LocalRegistry registry = LocalRegistry.startWithBasicAuth(USER, PASSWORD)) {
            StepRunner build = pushingBuild(registry);
            PlatformImageStep step = new PlatformImageStep("orders");
            step.setFrom(registry.hostPort() + "/base/jre:404");

            assertThatThrownBy(() -> build.run(new WithPlatformStep("shop"), body -> build.run(step, body)))
                    .isInstanceOf(AbortException.class)
                    .hasMessage("Base image " + registry.hostPort() + "/base/jre:404 does not exist in its registry");
        }
    }

    @Test
    void shouldAbortNamingAnUnreachableRegistry() throws Exception {
        String closed = "127.0.0.1:" + FreePort.find();
        ImagePlatform.configure(closed);
        jenkins.credentials().addGlobal(new TestUsernamePasswordCredentials(ImagePlatform.REGISTRY_CREDENTIALS, USER,
                PASSWORD));
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders"));
        AppWorkspace.mavenBuild(Path.of(build.workspace().getRemote()));

        assertThatThrownBy(() -> build.run(new WithPlatformStep("shop"),
                body -> build.run(new PlatformImageStep("orders"), body)))
                .isInstanceOf(AbortException.class)
                .hasMessageStartingWith("Registry " + closed + " is unreachable");
    }

    @Test
    void shouldWriteAnOciArchiveIntoTheWorkspaceWhenTheProjectHasNoRegistry() throws Exception {
        ImagePlatform.configure(null);
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders"));
        AppWorkspace.site(Path.of(build.workspace().getRemote()));
        PlatformImageStep step = new PlatformImageStep("orders");
        step.setDirectory("site");
        step.setInto("/usr/share/nginx/html");

        Object reference = build.run(new WithPlatformStep("shop"), body -> build.run(step, body));

        assertThat((String) reference).matches("shop/orders" + DIGEST);
        assertThat(build.workspace().child("image-oci.tar").exists()).isTrue();
        assertThat(build.log()).contains("no registry is configured for the project",
                "wrote the OCI image archive " + build.workspace().child("image-oci.tar").getRemote());
        assertThat(events).isEmpty();
    }

    @Test
    void shouldAbortNamingAPatternThatMatchedNothingBeforeAnythingIsSent() throws Exception {
        ImagePlatform.configure(null);
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders"));
        AppWorkspace.mavenBuild(Path.of(build.workspace().getRemote()));
        PlatformImageStep step = new PlatformImageStep("orders");
        step.setResources("src/main/resources");

        assertThatThrownBy(() -> build.run(new WithPlatformStep("shop"), body -> build.run(step, body)))
                .isInstanceOf(AbortException.class)
                .hasMessage("Layer 'resources': the file pattern '**/*' matched no file under src/main/resources");
        assertThat(build.workspace().child("image-oci.tar").exists()).isFalse();
    }

    @Test
    void shouldAbortOnBadInputOnTheControllerNamingTheField() throws Exception {
        ImagePlatform.configure(null);
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders"));
        PlatformImageStep step = new PlatformImageStep("orders");
        step.setEnv(List.of("JAVA_OPTS"));

        assertThatThrownBy(() -> build.run(new WithPlatformStep("shop"), body -> build.run(step, body)))
                .isInstanceOf(AbortException.class).hasMessage("env: 'JAVA_OPTS' is not of the form NAME=value");
        assertThat(((SerializingChannel) build.workspace().getChannel()).calls()).isZero();
    }

    @Test
    void shouldRefuseAJobOfAnotherProjectThroughWithPlatform() throws Exception {
        ImagePlatform.configure(null);
        StepRunner build = jenkins.newBuild(jenkins.job("blog/site"));

        assertThatThrownBy(() -> build.run(new WithPlatformStep("shop"),
                body -> build.run(new PlatformImageStep("orders"), body)))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("'blog/site'").hasMessageContaining("'shop'");
        assertThat(((SerializingChannel) build.workspace().getChannel()).calls()).isZero();
    }

    @Test
    void shouldRequireWithPlatform() throws Exception {
        ImagePlatform.configure(null);
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders"));

        assertThatThrownBy(() -> build.run(new PlatformImageStep("orders")))
                .isInstanceOf(AbortException.class)
                .hasMessageStartingWith("platformImage must be called inside withPlatform");
    }

    /** The project's registry, its credential in the store, a Maven build in the workspace, commit and URL set. */
    private StepRunner pushingBuild(LocalRegistry registry) throws Exception {
        ImagePlatform.configure(registry.url());
        jenkins.credentials().addGlobal(new TestUsernamePasswordCredentials(ImagePlatform.REGISTRY_CREDENTIALS, USER,
                PASSWORD));
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders"));
        build.environment().put("GIT_COMMIT", COMMIT);
        build.environment().put("BUILD_URL", "https://ci.example.com/job/shop/job/orders/1/");
        AppWorkspace.mavenBuild(Path.of(build.workspace().getRemote()));
        return build;
    }

    private static RegistryCredentials credentials() {
        return new RegistryCredentials(USER, PASSWORD.toCharArray());
    }

    private static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";

    private final class Recorder extends DeliveryEventListener {
        @Override
        public void onEvent(DeliveryEvent event, Run<?, ?> run, FilePath workspace, TaskListener listener) {
            events.add(event);
        }
    }
}
