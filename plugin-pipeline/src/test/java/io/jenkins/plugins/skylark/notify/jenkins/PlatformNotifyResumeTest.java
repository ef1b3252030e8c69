package io.jenkins.plugins.skylark.notify.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.RunningStep;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A controller restart while a channel is slow: the saved step reads back and sends again (at least once). */
class PlatformNotifyResumeTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final NotifyPlatform platform = new NotifyPlatform();

    @BeforeEach
    void platformWithASlowChannel() throws Exception {
        platform.start(jenkins);
        platform.server.stubFor(WireMock.post(WireMock.urlPathEqualTo("/hooks/ops"))
                .willReturn(WireMock.aResponse().withStatus(200).withFixedDelay(1000)));
    }

    @AfterEach
    void stopSimulator() {
        platform.stop();
    }

    @Test
    void sendsAgainAfterARestart() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders-ci"));
        WithPlatformStep withPlatform = new WithPlatformStep("shop");
        withPlatform.setEnvironment("dev");
        PlatformNotifyStep step = new PlatformNotifyStep("Deployed");
        step.setChannels(List.of("ops"));
        step.setLevel("success");

        Object result = build.run(withPlatform, body -> {
            RunningStep running = build.start(step, body);
            running.restartController();
            return running.await();
        });

        assertThat(result).isEqualTo(Map.of("sent", List.of("ops"), "failed", List.of(), "errors", Map.of()));
        assertThat(build.log()).contains("Resumed after a controller restart: sending the notification again");
        assertThat(NotifyPlatform.body(platform.requests("/hooks/ops").get(0)).path("level").asText())
                .isEqualTo("success");
    }
}
