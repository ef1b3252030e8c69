package io.jenkins.plugins.skylark.notify.jenkins;

import static io.jenkins.plugins.skylark.notify.jenkins.NotifyPlatform.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import hudson.AbortException;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.notify.SignatureChecks;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PlatformNotifyStepTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final NotifyPlatform platform = new NotifyPlatform();
    private StepRunner build;

    @BeforeEach
    void platformWithChannels() throws Exception {
        platform.start(jenkins);
        build = jenkins.newBuild(jenkins.job("shop/orders-ci"));
        build.environment().put("BUILD_URL", NotifyPlatform.BUILD_URL);
    }

    @AfterEach
    void stopSimulator() {
        platform.stop();
    }

    @Test
    void sendsToEveryChannelOfTheProjectCoveringTheEnvironmentByDefault() throws Exception {
        PlatformNotifyStep step = notify("Deployed orders to dev");
        step.setLevel("success");
        step.setApplication("web");
        step.setVersion("1.4.2");

        Object result = inside("dev", step);

        assertThat(result).isEqualTo(Map.of("sent", List.of("ops", "ding"), "failed", List.of(), "errors", Map.of()));
        assertThat(platform.requests("/hooks/oncall")).isEmpty();
        LoggedRequest ops = platform.requests("/hooks/ops").get(0);
        assertThat(SignatureChecks.webhook(ops, NotifyPlatform.OPS_SECRET)).isTrue();
        JsonNode body = body(ops);
        assertThat(body.path("level").asText()).isEqualTo("success");
        assertThat(body.path("message").asText()).isEqualTo("Deployed orders to dev");
        assertThat(body.path("links").toString()).contains(
                "{\"kind\":\"build\",\"text\":\"shop » orders-ci #1\",\"url\":\"" + NotifyPlatform.BUILD_URL + "\"}",
                "{\"kind\":\"project\",\"text\":\"Shop\"}", "{\"kind\":\"environment\",\"text\":\"dev\"}",
                "{\"kind\":\"application\",\"text\":\"web\"}", "{\"kind\":\"version\",\"text\":\"1.4.2\"}");
        assertThat(SignatureChecks.dingTalk(platform.requests("/robot/send").get(0), NotifyPlatform.DING_SECRET)).isTrue();
        assertThat(build.log()).contains("Notified 'ops' (1 attempt(s))", "Notified 'ding' (1 attempt(s))");
    }

    @Test
    void sendsAnEnvironmentsOwnChannelOnlyThere() throws Exception {
        assertThat(inside("prod", notify("Released"))).extracting(r -> ((Map<?, ?>) r).get("sent"))
                .isEqualTo(List.of("ops", "ding", "oncall"));
    }

    @Test
    void sendsOnlyToTheNamedChannels() throws Exception {
        PlatformNotifyStep step = notify("Tests are red");
        step.setChannels(List.of("ding"));

        assertThat(inside("dev", step)).extracting(r -> ((Map<?, ?>) r).get("sent")).isEqualTo(List.of("ding"));
        assertThat(platform.requests("/hooks/ops")).isEmpty();
    }

    @Test
    void refusesAnUnknownChannelBeforeSendingAnything() {
        PlatformNotifyStep step = notify("hello");
        step.setChannels(List.of("ding", "opz"));

        assertThatThrownBy(() -> inside("dev", step)).isInstanceOf(AbortException.class)
                .hasMessage("The field 'channels' names 'opz', which is no channel of project 'shop'; "
                        + "channels for dev: ops, ding");
        assertThat(platform.allRequests()).isEmpty();
    }

    @Test
    void refusesABadLevelOrMessageNamingTheField() {
        PlatformNotifyStep loud = notify("hello");
        loud.setLevel("loud");

        assertThatThrownBy(() -> inside("dev", loud)).isInstanceOf(AbortException.class)
                .hasMessageContaining("(field 'level')");
        assertThatThrownBy(() -> inside("dev", notify(" "))).hasMessageContaining("'message'");
        assertThatThrownBy(() -> inside("dev", notify("x".repeat(1001)))).hasMessageContaining("'message'");
        PlatformNotifyStep unknownApplication = notify("hello");
        unknownApplication.setApplication("shop-api");
        assertThatThrownBy(() -> inside("dev", unknownApplication)).hasMessageContaining("'application'")
                .hasMessageContaining("applications: web");
        assertThat(platform.allRequests()).isEmpty();
    }

    @Test
    void goesOnWithTheVendorsErrorWhenAChannelFailsAndNeverShowsItsSecrets() throws Exception {
        platform.answer("/robot/send", 200, "{\"errcode\":310000,\"errmsg\":\"keywords not in content, token "
                + NotifyPlatform.DING_TOKEN + "\"}");

        Object result = inside("dev", notify("Deployed"));

        assertThat(result).isEqualTo(Map.of("sent", List.of("ops"), "failed", List.of("ding"), "errors",
                Map.of("ding", "The channel refused the message: errcode 310000, errmsg keywords not in content, token ***")));
        assertThat(build.log()).contains("Could not notify 'ding' (1 attempt(s)): The channel refused the message: "
                + "errcode 310000").doesNotContain(NotifyPlatform.DING_TOKEN).doesNotContain(NotifyPlatform.DING_SECRET)
                .doesNotContain(NotifyPlatform.OPS_SECRET).doesNotContain(platform.server.baseUrl());
    }

    @Test
    void failsWithFailOnErrorNamingTheFailedChannels() {
        platform.answer("/hooks/ops", 503, "maintenance");
        PlatformNotifyStep step = notify("Deployed");
        step.setFailOnError(true);

        assertThatThrownBy(() -> inside("dev", step)).isInstanceOf(AbortException.class)
                .hasMessage("Notification failed for channel(s) ops: Could not notify 'ops' (3 attempt(s)): "
                        + "The channel answered HTTP 503: maintenance");
        assertThat(platform.requests("/robot/send")).hasSize(1);
    }

    @Test
    void rendersHostileTextAsTyped() throws Exception {
        PlatformNotifyStep step = notify("[click](https://evil.example) <script>alert(1)</script> **bold** @all");
        step.setChannels(List.of("ding"));

        inside("dev", step);

        String text = body(platform.requests("/robot/send").get(0)).path("markdown").path("text").asText();
        assertThat(text).doesNotContain("[click](").doesNotContain("<script>").doesNotContain("**bold**")
                .contains("\\[click\\]\\(https://evil.example\\)", "&lt;script&gt;");
    }

    @Test
    void isThePlatformNotifyStep() {
        assertThat(StepDescriptor.byFunctionName("platformNotify")).isInstanceOf(PlatformNotifyStep.DescriptorImpl.class);
    }

    @Test
    void needsWithPlatform() {
        assertThatThrownBy(() -> build.run(notify("hello"))).isInstanceOf(AbortException.class)
                .hasMessageContaining("platformNotify");
    }

    private Object inside(String environment, PlatformNotifyStep step) throws Exception {
        return NotifyPlatform.inside(build, environment, step);
    }

    private static PlatformNotifyStep notify(String message) {
        return new PlatformNotifyStep(message);
    }
}
