package io.jenkins.plugins.skylark.image.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.harbor.HarborSimulator;
import io.jenkins.plugins.skylark.harbor.jenkins.HarborPlatform;
import io.jenkins.plugins.skylark.harbor.jenkins.ImageScansAction;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.registry.LocalRegistry;
import io.jenkins.plugins.skylark.harness.registry.RequiresRegistry;
import io.jenkins.plugins.skylark.harness.remoting.SerializingChannel;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectServersConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code platformImage} to a Harbor registry: one host as a real Harbor is, the Harbor simulator answering
 * {@code /api/v2.0} and forwarding the OCI {@code /v2/} API to the local docker-registry, which stores the image.
 * The registry's own credential does not exist, so every push and call shows that the project's robot account is used.
 */
@RequiresRegistry
class PlatformImageHarborTest {
    private static final String DIGEST = "@sha256:[0-9a-f]{64}";

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final HarborSimulator harbor = new HarborSimulator();
    private LocalRegistry registry;

    @AfterEach
    void stop() throws Exception {
        harbor.close();
        if (registry != null) {
            registry.close();
        }
    }

    private StepRunner build(boolean createProjects) throws Exception {
        registry = LocalRegistry.start();
        harbor.proxyRegistry(registry.url());
        HarborPlatform.configure(jenkins, harbor.endpoint().toString(), r -> {
            r.setCredentialsId("harbor-admin-not-in-store");
            r.setCreateProjects(createProjects);
        }, project -> {
            ProjectServersConfig servers = new ProjectServersConfig();
            servers.setRegistryCredentialsId(HarborPlatform.ROBOT_CREDENTIALS);
            project.setServers(servers);
        });
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders"));
        AppWorkspace.mavenBuild(Path.of(build.workspace().getRemote()));
        return build;
    }

    @Test
    void createsTheMissingHarborProjectWithTheRobotAccountThenPushesWithTheRetentionTag() throws Exception {
        StepRunner build = build(true);
        harbor.project("shop", false);
        harbor.allowProjectCreation("shop");
        PlatformImageStep step = new PlatformImageStep("orders");
        step.setVersion("1.4.0");

        Object reference = build.run(new WithPlatformStep("shop"), body -> build.run(step, body));

        assertThat((String) reference).matches(harbor.host() + "/shop/orders" + DIGEST);
        assertThat(harbor.requests("POST", "/projects")).hasSize(1);
        assertThat(build.log()).contains("Created the private Harbor project 'shop' in " + harbor.host())
                .doesNotContain(HarborSimulator.SECRET);
        String digest = ((String) reference).substring(((String) reference).indexOf('@') + 1);
        assertThat(registry.get("/v2/shop/orders/manifests/1.4.0-1", "application/vnd.oci.image.manifest.v1+json")
                .header("Docker-Content-Digest")).isEqualTo(digest);
    }

    @Test
    void refusesToPushIntoAMissingProjectWhenTheRegistryMayNotCreateOne() throws Exception {
        StepRunner build = build(false);
        harbor.project("shop", false);

        assertThatThrownBy(() -> build.run(new WithPlatformStep("shop"),
                body -> build.run(new PlatformImageStep("orders"), body)))
                .isInstanceOf(AbortException.class)
                .hasMessage("The Harbor project 'shop' does not exist in " + harbor.host() + ": create it in Harbor,"
                        + " or enable 'Create Harbor projects' (createProjects) on the registry 'harbor'");
        assertThat(((SerializingChannel) build.workspace().getChannel()).calls()).isZero();
        assertThat(harbor.requests("POST", "/projects")).isEmpty();
    }

    @Test
    void scansThePushedDigestWithTheDefaultGateWhenAsked() throws Exception {
        StepRunner build = build(false);
        harbor.project("shop", true);
        harbor.anyArtifactOf("shop", "orders", Map.of("High", 3), null, "Running", "Success");
        PlatformImageStep step = new PlatformImageStep("orders");
        step.setScan(true);

        Object reference = build.run(new WithPlatformStep("shop"), body -> build.run(step, body));

        assertThat(build.log()).contains("Started Harbor's vulnerability scan of shop/orders@",
                "critical: 0, high: 3, medium: 0, low: 0, unknown: 0 — passed (0 found, at most 0 vulnerabilities"
                        + " of severity critical or above)");
        assertThat(build.build().getAction(ImageScansAction.class).getEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.getImage()).isEqualTo(reference));
    }

    @Test
    void failsAfterThePushWhenTheScanFindsACriticalVulnerability() throws Exception {
        StepRunner build = build(false);
        harbor.project("shop", true);
        harbor.anyArtifactOf("shop", "orders", Map.of("Critical", 1), "Success");
        PlatformImageStep step = new PlatformImageStep("orders");
        step.setScan(true);

        assertThatThrownBy(() -> build.run(new WithPlatformStep("shop"), body -> build.run(step, body)))
                .isInstanceOf(AbortException.class).hasMessageContaining("— FAILED (1 found");
    }

    @Test
    void refusesScanWithoutAHarborRegistryBeforeBuilding() throws Exception {
        ImagePlatform.configure(null);
        jenkins.folder("shop").addProperty(new io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty("shop"));
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders"));
        PlatformImageStep step = new PlatformImageStep("orders");
        step.setScan(true);

        assertThatThrownBy(() -> build.run(new WithPlatformStep("shop"), body -> build.run(step, body)))
                .isInstanceOf(AbortException.class).hasMessage("scan: true needs a Harbor registry, and the project has none (the image would only be written as an OCI archive)");
        assertThat(((SerializingChannel) build.workspace().getChannel()).calls()).isZero();
    }
}
