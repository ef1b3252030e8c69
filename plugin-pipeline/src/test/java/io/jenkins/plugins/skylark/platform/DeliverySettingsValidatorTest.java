package io.jenkins.plugins.skylark.platform;

import static io.jenkins.plugins.skylark.platform.PlatformValidatorTest.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.platform.PlatformValidatorTest.Row;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of exposure, four eyes, notification channels and allowed route annotations, in
 * {@link PlatformValidatorTest}'s style: one change to the valid model with delivery settings gives
 * exactly one problem, naming object and field.
 */
class DeliverySettingsValidatorTest {
    private static final String LONG_LABEL = "a".repeat(63);
    /** 246 characters: {@code web.test.} in front makes a 255-character host. */
    private static final String DOMAIN_246 = LONG_LABEL + "." + LONG_LABEL + "." + LONG_LABEL + "." + "d".repeat(54);

    static Stream<Row> exposureRules() {
        return Stream.of(
                exposure("exposure kind missing", new Exposure(null, null, null, null, "blog.example.com"),
                        "exposure.kind", "must not be empty"),
                exposure("gateway route without gateway", new Exposure(RouteKind.GATEWAY, null, null, null, null),
                        "exposure.gatewayName", "must not be empty"),
                exposure("gateway name invalid", new Exposure(RouteKind.GATEWAY, null, "Public_GW", null, null),
                        "exposure.gatewayName", "'Public_GW' is not a valid Gateway name"),
                exposure("gateway namespace invalid", new Exposure(RouteKind.GATEWAY, null, "public", "Gateways", null),
                        "exposure.gatewayNamespace", "'Gateways' is not a valid namespace name"),
                exposure("gateway route with ingress class", new Exposure(RouteKind.GATEWAY, "nginx", "public", null, null),
                        "exposure.ingressClass", "'nginx' does not apply to a route of kind 'gateway'"),
                exposure("ingress with gateway name", new Exposure(RouteKind.INGRESS, null, "public", null, null),
                        "exposure.gatewayName", "'public' does not apply to a route of kind 'ingress'"),
                exposure("ingress with gateway namespace", new Exposure(RouteKind.INGRESS, null, null, "gateways", null),
                        "exposure.gatewayNamespace", "'gateways' does not apply to a route of kind 'ingress'"),
                exposure("ingress class invalid", new Exposure(RouteKind.INGRESS, "Nginx Public", null, null, null),
                        "exposure.ingressClass", "'Nginx Public' is not a valid ingress class name"),
                domain("domain with wildcard", "*.example.com", "must not contain a wildcard"),
                domain("domain upper-case", "Blog.Example.com", "is not a valid domain name"),
                domain("domain label over 63 characters", "a" + LONG_LABEL + ".com", "is not a valid domain name"),
                domain("domain an IP address", "10.0.0.1", "is not a valid domain name"),
                domain("domain with trailing dot", "example.com.", "is not a valid domain name"),
                domain("domain making hosts over 253 characters", DOMAIN_246,
                        "the default host of application 'web' would be 255 characters long; a host name has at most 253"),
                new Row("four eyes on an unprotected environment", p -> p.environments.add(new Environment("test", "blog",
                        "west", "blog", 2, false, List.of(), null, true, null)),
                        "environment", "blog/test", "fourEyes", "four eyes applies only to a protected environment"));
    }

    static Stream<Row> channelRules() {
        return Stream.of(
                channel("channel id missing", new NotificationChannel(null, "blog", null, ChannelKind.SLACK, "c", null,
                        null, null), "blog/#4", "id", "must not be empty"),
                channel("channel id not a label", new NotificationChannel("Ops_Chat", "blog", null, ChannelKind.SLACK,
                        "c", null, null, null), "blog/Ops_Chat", "id", "'Ops_Chat' is not a valid id"),
                channel("channel id duplicated in project", slack("hook", "blog", null, "c"), "blog/hook", "id",
                        "project 'blog' has more than one notification channel with the id 'hook'"),
                channel("channel project missing", slack("chat", null, null, "c"), "?/chat", "projectId",
                        "must not be empty"),
                channel("channel project unknown", slack("chat", "news", null, "c"), "news/chat", "projectId",
                        "there is no project 'news'"),
                channel("channel environment not in project", slack("chat", "blog", "prod", "c"), "blog/chat",
                        "environmentId", "there is no environment 'blog/prod'"),
                channel("channel kind missing", new NotificationChannel("chat", "blog", null, null, "c", null, null, null),
                        "blog/chat", "kind", "must not be empty"),
                channel("webhook credentials missing", slack("chat", "blog", null, " "), "blog/chat", "credentialsId",
                        "must not be empty"),
                channel("webhook URL instead of credentials id", slack("chat", "blog", null,
                        "https://hooks.slack.com/services/T0/B0/SECRET"), "blog/chat", "credentialsId",
                        "this looks like a URL, not a credentials id"),
                channel("credentials id with spaces", slack("chat", "blog", null, "blog slack"), "blog/chat",
                        "credentialsId", "'blog slack' is not a credentials id"),
                channel("email with credentials", new NotificationChannel("mail", "blog", null, ChannelKind.EMAIL, "c",
                        null, List.of("ops@example.com"), null), "blog/mail", "credentialsId", "takes no credentials"),
                channel("signing secret for a service that does not sign", new NotificationChannel("chat", "blog", null,
                        ChannelKind.SLACK, "c", "s", null, null), "blog/chat", "secretCredentialsId",
                        "the service 'slack' does not sign messages; a signing secret is only for: dingtalk, feishu, webhook"),
                channel("signing secret id with spaces", new NotificationChannel("ding", "blog", null, ChannelKind.DINGTALK,
                        "c", "ding secret", null, null), "blog/ding", "secretCredentialsId",
                        "'ding secret' is not a credentials id"),
                channel("recipients on a chat channel", new NotificationChannel("chat", "blog", null, ChannelKind.WECOM,
                        "c", null, List.of("ops@example.com"), null), "blog/chat", "recipients",
                        "recipients are only for email channels"),
                channel("email without recipients", mail(), "blog/mail", "recipients", "needs at least one recipient"),
                channel("recipient not an address", mail("ops at example.com"), "blog/mail", "recipients[0]",
                        "'ops at example.com' is not a mail address"),
                channel("recipient with display name", mail("ops@example.com", "Ops <ops@example.com>"), "blog/mail",
                        "recipients[1]", "'Ops <ops@example.com>' is not a mail address"),
                channel("recipient without domain dot", mail("ops@localhost"), "blog/mail", "recipients[0]",
                        "is not a mail address"),
                channel("recipient listed twice", mail("ops@example.com", "OPS@example.com"), "blog/mail",
                        "recipients[1]", "'OPS@example.com' is listed twice"));
    }

    static Stream<Row> annotationRules() {
        return Stream.of(
                annotation("annotation key with a space", "nginx.ingress.kubernetes.io/rewrite target",
                        "is not an annotation key"),
                annotation("annotation name over 63 characters", "example.com/" + LONG_LABEL + "x",
                        "is not an annotation key"),
                annotation("annotation prefix not a subdomain", "Example.com/*", "'Example.com/*' is not an annotation key"),
                annotation("bare wildcard", "*", "'*' is not an annotation key"),
                annotation("Skylark's own prefix", "skylark.jenkins.io/*",
                        "'skylark.jenkins.io/*' is reserved: Skylark sets the keys under skylark.jenkins.io/ itself"),
                annotation("annotation listed twice", "cert-manager.io/cluster-issuer", "is listed twice"),
                annotation("blank annotation", " ", "must not be empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"exposureRules", "channelRules", "annotationRules"})
    void shouldReportEachBrokenRuleAgainstItsObjectAndField(Row row) {
        assertOnlyProblem(new TestPlatform().withDelivery(), row);
    }

    @Test
    void shouldAcceptTheDeliverySettings() {
        assertThat(PlatformValidator.validate(TestPlatform.validWithDelivery(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void shouldAcceptTheBoundaryCasesOfEachRule() {
        TestPlatform platform = new TestPlatform().withDelivery();
        // web.test.<domain> exactly 253 characters; a Gateway in the environment's own namespace; no class.
        platform.environments.add(new Environment("test", "blog", "west", "blog", 2, true, List.of("bob"), null, true,
                new Exposure(RouteKind.GATEWAY, null, "public", null, DOMAIN_246.substring(2))));
        platform.environments.add(new Environment("qa", "blog", "west", "blog", 3, false, List.of(), null, false,
                new Exposure(RouteKind.INGRESS, null, null, null, null)));
        // Channel ids are per project: the blog may have an "ops" too, and one for an environment.
        platform.channels.add(new NotificationChannel("ops", "blog", "test", ChannelKind.FEISHU, "blog-feishu",
                "blog-feishu-secret", null, Set.of(DeliveryEventType.APPROVED)));
        platform.channels.add(new NotificationChannel("mail", "blog", null, ChannelKind.EMAIL, null, null,
                List.of("o'brien@example.com", "ops@EXAMPLE.com"), null));
        platform.exposeAnnotations.addAll(List.of("example.com/*", "simple-key", "example.org/Key_1"));

        assertThat(PlatformValidator.validate(platform.build(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void shouldNotRepeatAWebhookUrlTypedAsCredentialsId() {
        TestPlatform platform = new TestPlatform();
        platform.channels.add(slack("chat", "blog", null, "https://oapi.dingtalk.com/robot/send?access_token=T0KEN"));

        assertThat(PlatformValidator.validate(platform.build(), Locale.ENGLISH)).singleElement()
                .satisfies(problem -> assertThat(problem.format(Locale.ENGLISH)).doesNotContain("T0KEN", "dingtalk.com"));
    }

    @Test
    void shouldWriteTheNewMessagesInChinese() {
        TestPlatform platform = new TestPlatform().withDelivery();
        platform.exposeAnnotations.add("*");

        assertThat(PlatformValidator.validate(platform.build(), Locale.SIMPLIFIED_CHINESE)).singleElement()
                .satisfies(problem -> assertThat(problem.format(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("平台设置“global”，字段“exposeAnnotations[2]”：“*”不是注解键：请使用 [前缀/]名称"
                                + "（名称最多 63 个字母、数字、“-”、“_”或“.”，前缀为 DNS 子域名），或用“前缀/*”表示该前缀下的所有键"));
    }

    private static Row exposure(String name, Exposure exposure, String field, String says) {
        return new Row(name, p -> p.environments.add(new Environment("test", "blog", "west", "blog", 2, false, List.of(),
                null, false, exposure)), "environment", "blog/test", field, says);
    }

    private static Row domain(String name, String domain, String says) {
        return exposure(name, new Exposure(RouteKind.INGRESS, null, null, null, domain), "exposure.domain", says);
    }

    private static Row channel(String name, NotificationChannel channel, String id, String field, String says) {
        return new Row(name, p -> p.channels.add(channel), "channel", id, field, says);
    }

    private static Row annotation(String name, String entry, String says) {
        return new Row(name, p -> p.exposeAnnotations.add(entry), "platform", "global", "exposeAnnotations[2]", says);
    }

    private static NotificationChannel slack(String id, String projectId, String environmentId, String credentialsId) {
        return new NotificationChannel(id, projectId, environmentId, ChannelKind.SLACK, credentialsId, null, null, null);
    }

    private static NotificationChannel mail(String... recipients) {
        return new NotificationChannel("mail", "blog", null, ChannelKind.EMAIL, null, null, List.of(recipients), null);
    }
}
