package io.jenkins.plugins.skylark.notify.jenkins;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.jenkins.ChannelConfig;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.TestConfigs;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.Step;

/**
 * The platform of the notification tests: {@link TestConfigs#valid()} (folder {@code shop} bound to
 * project {@code shop}, environments dev and prod) plus project shop's channels, all answered by one
 * WireMock server: {@code ops} (generic webhook, signed, project-wide, no events), {@code ding} (signed
 * DingTalk robot, project-wide, deploy-failed) and {@code oncall} (generic webhook, prod only,
 * deploy-failed and rolled-back). Their URLs and secrets are secret-text credentials.
 */
final class NotifyPlatform {
    static final String DING_TOKEN = "DINGTOKEN0123456789abcdef";
    static final String DING_SECRET = "SECding0123456789abcdef";
    static final String OPS_SECRET = "ops-signing-secret-42";
    static final String BUILD_URL = "https://ci.example.com/job/shop/job/orders-ci/1/";

    private static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    /** The channels configured by {@link #start}; a test may add some before. */
    final List<ChannelConfig> channels = new ArrayList<>(List.of(
            channel("ops", null, "webhook", "ops-url", "ops-secret"),
            channel("ding", null, "dingtalk", "ding-url", "ding-secret", "deploy-failed"),
            channel("oncall", "prod", "webhook", "oncall-url", null, "deploy-failed", "rolled-back")));

    /** Starts the simulator and configures Jenkins; the credentials named in {@code missing} are left out. */
    void start(JenkinsExtension jenkins, String... missing) throws Exception {
        server.start();
        answer("/hooks/ops", 200, "ok");
        answer("/hooks/oncall", 200, "ok");
        answer("/robot/send", 200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        PlatformConfig config = TestConfigs.valid();
        config.setChannels(channels);
        SkylarkConfiguration.get().setPlatform(config);
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("east-token", "EAST-CLUSTER-TOKEN");
        credentials.put("ops-url", server.baseUrl() + "/hooks/ops");
        credentials.put("ops-secret", OPS_SECRET);
        credentials.put("ding-url", server.baseUrl() + "/robot/send?access_token=" + DING_TOKEN);
        credentials.put("ding-secret", DING_SECRET);
        credentials.put("oncall-url", server.baseUrl() + "/hooks/oncall");
        credentials.keySet().removeAll(List.of(missing));
        credentials.forEach((id, value) -> jenkins.credentials().addGlobal(new TestStringCredentials(id, value)));
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
    }

    /** Runs {@code step} inside {@code withPlatform(project: 'shop', environment: environment)}. */
    static Object inside(StepRunner build, String environment, Step step) throws Exception {
        WithPlatformStep withPlatform = new WithPlatformStep("shop");
        withPlatform.setEnvironment(environment);
        return build.run(withPlatform, body -> build.run(step, body));
    }

    void stop() {
        server.stop();
    }

    void answer(String path, int status, String body) {
        server.stubFor(WireMock.post(WireMock.urlPathEqualTo(path)).willReturn(WireMock.aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    List<LoggedRequest> requests(String path) {
        return server.findAll(WireMock.postRequestedFor(WireMock.urlPathEqualTo(path)));
    }

    List<LoggedRequest> allRequests() {
        return server.findAll(WireMock.postRequestedFor(WireMock.anyUrl()));
    }

    static JsonNode body(LoggedRequest request) throws IOException {
        return JSON.readTree(request.getBodyAsString());
    }

    /** A channel as the configuration form or Configuration as Code enters it. */
    static ChannelConfig channel(String id, String environment, String kind, String url, String secret,
            String... events) {
        ChannelConfig channel = new ChannelConfig(id, "shop");
        channel.setEnvironmentId(environment);
        channel.setKind(kind);
        channel.setCredentialsId(url);
        channel.setSecretCredentialsId(secret);
        channel.setEvents(List.of(events));
        return channel;
    }
}
