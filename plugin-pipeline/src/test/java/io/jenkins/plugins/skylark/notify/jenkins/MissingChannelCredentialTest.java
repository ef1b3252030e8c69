package io.jenkins.plugins.skylark.notify.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A channel whose credential the build cannot see fails alone, naming the id, and the others are sent. */
class MissingChannelCredentialTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final NotifyPlatform platform = new NotifyPlatform();

    @BeforeEach
    void platformWithoutTheDingTalkSecret() throws Exception {
        platform.start(jenkins, "ding-secret");
    }

    @AfterEach
    void stopSimulator() {
        platform.stop();
    }

    @Test
    void failsOnlyThatChannelNamingTheCredential() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders-ci"));

        Map<?, ?> result = (Map<?, ?>) NotifyPlatform.inside(build, "dev", new PlatformNotifyStep("Deployed"));

        assertThat(result.get("sent")).isEqualTo(List.of("ops"));
        assertThat(result.get("failed")).isEqualTo(List.of("ding"));
        assertThat(((Map<?, ?>) result.get("errors")).get("ding").toString()).contains("'ding-secret'",
                "the signing secret of channel 'ding'");
        assertThat(platform.requests("/robot/send")).isEmpty();
    }
}
