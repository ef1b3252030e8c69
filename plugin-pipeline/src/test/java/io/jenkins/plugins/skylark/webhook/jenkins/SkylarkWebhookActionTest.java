package io.jenkins.plugins.skylark.webhook.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.ExtensionList;
import hudson.security.csrf.CrumbExclusion;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.webhook.WebhookInbox;
import io.jenkins.plugins.skylark.webhook.WebhookReply;
import io.jenkins.plugins.skylark.webhook.WebhookRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SkylarkWebhookActionTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    /** Stores the body under the {@code key} query parameter when the {@code X-Token} header is "good". */
    static final class EchoReceiver extends SkylarkWebhookReceiver {
        @Override
        public String source() {
            return "echo";
        }

        @Override
        public WebhookReply receive(WebhookRequest request, WebhookInbox inbox) throws java.io.IOException {
            if (!request.header("x-token").orElse("").equals("good")) {
                return WebhookReply.forbidden("bad token");
            }
            String key = request.parameter("key").orElseThrow(() -> new IllegalArgumentException("no key"));
            inbox.deliver(source(), key, request.bodyText());
            return WebhookReply.accepted("stored " + key);
        }
    }

    @BeforeEach
    void registerReceiver() {
        ExtensionList.lookup(SkylarkWebhookReceiver.class).add(new EchoReceiver());
    }

    @Test
    void shouldHandAPostToTheReceiverOfItsSourceWhichStoresIt() throws Exception {
        WebhookPosts.Answer answer = WebhookPosts.post("/echo?key=t%201", "{\"a\":1}", Map.of("X-Token", "good"));

        assertThat(answer).isEqualTo(new WebhookPosts.Answer(200, "stored t 1"));
        assertThat(WebhookInboxes.controller().find("echo", "t 1")).contains("{\"a\":1}");
        assertThat(jenkins.home().resolve("skylark-webhooks")).isDirectory();
    }

    @Test
    void shouldPassOnTheReceiversRefusalAndStoreNothing() throws Exception {
        WebhookPosts.Answer answer = WebhookPosts.post("/echo?key=t1", "{}", Map.of("X-Token", "bad"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(WebhookInboxes.controller().find("echo", "t1")).isEmpty();
    }

    @Test
    void shouldAnswer400WithTheReceiversReasonForAnUnreadablePost() throws Exception {
        assertThat(WebhookPosts.post("/echo", "{}", Map.of("X-Token", "good")))
                .isEqualTo(new WebhookPosts.Answer(400, "no key"));
    }

    @Test
    void shouldAnswer404ForAnUnknownSource() throws Exception {
        WebhookPosts.Answer answer = WebhookPosts.post("/gitlab", "{}", Map.of());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("'gitlab'", "/skylark-webhook/sonarqube");
    }

    @Test
    void shouldAcceptOnlyPost() throws Exception {
        assertThat(WebhookPosts.send("GET", "/echo?key=t1", new byte[0], Map.of("X-Token", "good")).status())
                .isEqualTo(405);
    }

    @Test
    void shouldRefuseABodyOverTheLimitWithoutStoringIt() throws Exception {
        byte[] large = new byte[SkylarkWebhookAction.MAX_BODY_BYTES + 1];

        assertThat(WebhookPosts.send("POST", "/echo?key=big", large, Map.of("X-Token", "good")).status())
                .isEqualTo(413);
        assertThat(WebhookInboxes.controller().find("echo", "big")).isEmpty();
    }

    @Test
    void shouldExemptOnlyTheWebhookUrlsFromTheCrumb() throws Exception {
        CrumbExclusion exclusion = ExtensionList.lookup(CrumbExclusion.class).stream()
                .filter(SkylarkWebhookCrumbExclusion.class::isInstance).findFirst().orElseThrow();
        List<String> passed = new ArrayList<>();

        for (String path : List.of("/skylark-webhook/sonarqube", "/skylark-webhook", "/job/x/build",
                "/skylark-webhookX/a")) {
            if (exclusion.process(request(path), null, (req, rsp) -> passed.add(path))) {
                assertThat(passed).contains(path);
            }
        }

        assertThat(passed).containsExactly("/skylark-webhook/sonarqube");
    }

    @Test
    void shouldBeAnUnprotectedRootActionWithoutAPage() {
        SkylarkWebhookAction action = ExtensionList.lookup(hudson.model.UnprotectedRootAction.class).stream()
                .filter(SkylarkWebhookAction.class::isInstance).map(SkylarkWebhookAction.class::cast)
                .findFirst().orElseThrow();

        assertThat(action.getUrlName()).isEqualTo("skylark-webhook");
        assertThat(action.getIconFileName()).isNull();
    }

    private static HttpServletRequest request(String path) {
        return (HttpServletRequest) Proxy.newProxyInstance(SkylarkWebhookActionTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> {
                    if (m.getName().equals("getPathInfo")) {
                        return path;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
