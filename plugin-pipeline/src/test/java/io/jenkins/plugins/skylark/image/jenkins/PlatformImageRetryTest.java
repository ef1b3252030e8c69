package io.jenkins.plugins.skylark.image.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import io.jenkins.plugins.skylark.harness.faults.FaultPlan;
import io.jenkins.plugins.skylark.harness.faults.FaultProxy;
import io.jenkins.plugins.skylark.harness.registry.LocalRegistry;
import io.jenkins.plugins.skylark.harness.registry.RequiresRegistry;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code platformImage} against a registry that fails a share of its calls: the build log shows each retry. */
@RequiresRegistry
class PlatformImageRetryTest {

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @Test
    void shouldPushThroughTransientFaultsPrintingALinePerRetryInTheBuildLog() throws Exception {
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        try (LocalRegistry registry = LocalRegistry.start();
                FaultProxy proxy = FaultProxy.inFrontOf(registry.url(), FaultPlan.fraction(5, 10))) {
            ImagePlatform.configure(proxy.hostPort());
            jenkins.credentials().addGlobal(new TestUsernamePasswordCredentials(ImagePlatform.REGISTRY_CREDENTIALS,
                    "builder", "unused-by-an-open-registry"));
            StepRunner build = jenkins.newBuild(jenkins.job("shop/orders"));
            AppWorkspace.mavenBuild(Path.of(build.workspace().getRemote()));

            Object reference = build.run(new WithPlatformStep("shop"),
                    body -> build.run(new PlatformImageStep("orders"), body));

            assertThat((String) reference).startsWith(proxy.hostPort() + "/shop/orders@sha256:");
            assertThat(proxy.injected()).isNotEmpty();
            assertThat(build.log()).containsPattern("Registry call failed \\(.+\\); retrying in \\d+\\.\\d s "
                    + "\\(attempt 2 of 10\\)").contains("Pushed " + reference);
        }
    }
}
