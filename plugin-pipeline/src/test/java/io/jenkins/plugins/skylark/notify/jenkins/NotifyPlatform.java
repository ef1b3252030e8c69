package io.jenkins.plugins.skylark.notify.jenkins;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.ChannelKind;
import io.jenkins.plugins.skylark.platform.NotificationChannel;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.PlatformModelHolder;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.TestConfigs;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Starts the simulator and configures Jenkins; the credentials named in {@code missing} are left out. */
    void start(JenkinsExtension jenkins, String... missing) throws Exception {
        server.start();
        answer("/hooks/ops", 200, "ok");
        answer("/hooks/oncall", 200, "ok");
        answer("/robot/send", 200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        SkylarkConfiguration.get().setPlatform(TestConfigs.valid());
        putInForce(withChannels(SkylarkConfiguration.get().getModel(), List.of(
                channel("ops", null, ChannelKind.WEBHOOK, "ops-url", "ops-secret"),
                channel("ding", null, ChannelKind.DINGTALK, "ding-url", "ding-secret", DeliveryEventType.DEPLOY_FAILED),
                channel("oncall", "prod", ChannelKind.WEBHOOK, "oncall-url", null, DeliveryEventType.DEPLOY_FAILED,
                        DeliveryEventType.ROLLED_BACK))));
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

    private static NotificationChannel channel(String id, String environment, ChannelKind kind, String url,
            String secret, DeliveryEventType... events) {
        return new NotificationChannel(id, "shop", environment, kind, url, secret, List.of(), Set.of(events));
    }

    private static PlatformModel withChannels(PlatformModel model, List<NotificationChannel> channels) {
        return new PlatformModel(model.clusters(), model.registries(), model.projects(), model.environments(),
                model.applications(), channels, model.exposeAnnotations());
    }

    /**
     * Until the configuration form binds channels, the (validated) model goes in force through the
     * configuration's holder, as the form will put it.
     */
    private static void putInForce(PlatformModel model) throws ReflectiveOperationException {
        Field holder = SkylarkConfiguration.class.getDeclaredField("inForce");
        holder.setAccessible(true);
        ((PlatformModelHolder) holder.get(SkylarkConfiguration.get())).replace(model);
    }
}
