package io.jenkins.plugins.skylark.sonar.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import io.jenkins.plugins.skylark.platform.SonarServer;
import io.jenkins.plugins.skylark.platform.TestPlatform;
import io.jenkins.plugins.skylark.webhook.GateWait;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScanSetupTest {

    @Test
    void shouldWaitForTheWebhookFirstWhenTheServerSignsWebhooks() throws Exception {
        ScanPlan plan = ScanSetup.plan(new PlatformScanStep(), new TestPlatform().withServers().build(), "shop",
                new EnvVars(), null);

        assertThat(plan.webhookGrace()).isEqualTo(GateWait.DEFAULT_GRACE);
    }

    @Test
    void shouldPollAtOnceWhenTheServerHasNoWebhookSecret() throws Exception {
        TestPlatform platform = new TestPlatform().withServers();
        platform.sonarServers.set(0, new SonarServer("sonar", "https://sonar.example.com", "sonar-token", null));

        ScanPlan plan = ScanSetup.plan(new PlatformScanStep(), platform.build(), "shop", new EnvVars(), null);

        assertThat(plan.webhookGrace()).isZero();
    }

    @Test
    void shouldKeepAnExplicitWebhookTimeoutWithoutASecret() throws Exception {
        TestPlatform platform = new TestPlatform().withServers();
        platform.sonarServers.set(0, new SonarServer("sonar", "https://sonar.example.com", "sonar-token", null));
        PlatformScanStep step = new PlatformScanStep();
        step.setWebhookTimeout("5s");

        ScanPlan plan = ScanSetup.plan(step, platform.build(), "shop", new EnvVars(), null);

        assertThat(plan.webhookGrace()).isEqualTo(Duration.ofSeconds(5));
    }
}
