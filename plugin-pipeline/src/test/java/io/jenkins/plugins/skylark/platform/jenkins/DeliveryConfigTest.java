package io.jenkins.plugins.skylark.platform.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.util.FormValidation;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.harness.ViewerLanguage;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.Exposure;
import io.jenkins.plugins.skylark.platform.InvalidPlatformModelException;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.RouteKind;
import io.jenkins.plugins.skylark.platform.TestPlatform;
import io.jenkins.plugins.skylark.platform.ValidationProblem;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Exposure, four eyes, notification channels and allowed route annotations as the form and Configuration
 * as Code bind them: converted to the model, unparseable values reported naming the field, form checks.
 */
class DeliveryConfigTest {

    @Test
    void shouldConvertTheDeliverySettingsToTheCoreModel() {
        assertThat(TestConfigs.withDelivery().toModel(Locale.ENGLISH)).isEqualTo(TestPlatform.validWithDelivery());
    }

    @Test
    void shouldTakeAnEmptyRouteKindAsIngressOnlyWhenSomethingIsExposed() {
        PlatformConfig config = TestConfigs.valid();
        config.getEnvironments().get(2).setDomain("blog.example.com");

        PlatformModel model = config.toModel(Locale.ENGLISH);

        assertThat(model.environment("blog", "dev")).map(Environment::exposure)
                .contains(new Exposure(RouteKind.INGRESS, null, null, null, "blog.example.com"));
        assertThat(model.environment("shop", "dev")).map(Environment::exposure).contains(Exposure.DEFAULT);
    }

    @Test
    void shouldReportUnparseableKindsAndEventsNamingTheField() {
        PlatformConfig config = TestConfigs.withDelivery();
        config.getEnvironments().get(0).setRouteKind("loadbalancer");
        ChannelConfig ops = config.getChannels().get(0);
        ops.setKind("wechat");
        ops.setEvents(List.of("deploy-failed", "deploy-exploded", "DEPLOY_FAILED", " "));

        assertThatThrownBy(() -> config.toModel(Locale.ENGLISH)).isInstanceOfSatisfying(
                InvalidPlatformModelException.class, e -> {
                    assertThat(e.getProblems()).extracting(ValidationProblem::objectKind, ValidationProblem::objectId,
                            ValidationProblem::field).containsExactly(
                                    Tuple.tuple("environment", "shop/prod", "routeKind"),
                                    Tuple.tuple("channel", "shop/ops", "kind"),
                                    Tuple.tuple("channel", "shop/ops", "events[1]"),
                                    Tuple.tuple("channel", "shop/ops", "events[2]"),
                                    Tuple.tuple("channel", "shop/ops", "events[3]"));
                    assertThat(e.getProblems()).extracting(ValidationProblem::message).containsExactly(
                            "Unknown route kind 'loadbalancer'; use one of: ingress, gateway",
                            "Unknown channel kind 'wechat'; use one of: dingtalk, wecom, feishu, slack, email, webhook",
                            "Unknown delivery event 'deploy-exploded'; use one of: image-pushed, deployed, "
                                    + "deploy-failed, rolled-back, incident-opened, incident-resolved, "
                                    + "approval-waiting, approved, quality-gate, image-scanned",
                            "the event 'deploy-failed' is listed twice",
                            "an event name must not be empty");
                });
    }

    @Test
    void shouldReportTheValidatorsProblemsOnTheNewFieldsTogether() {
        PlatformConfig config = TestConfigs.withDelivery();
        config.getEnvironments().get(1).setFourEyes(true);
        config.getChannels().get(1).setRecipients("ops@example.com, not-an-address");
        config.setExposeAnnotations("cert-manager.io/cluster-issuer\nskylark.jenkins.io/owner");

        assertThatThrownBy(() -> config.toModel(Locale.SIMPLIFIED_CHINESE)).isInstanceOfSatisfying(
                InvalidPlatformModelException.class, e -> assertThat(e.getProblems())
                        .extracting(ValidationProblem::objectKind, ValidationProblem::objectId, ValidationProblem::field)
                        .containsExactly(Tuple.tuple("environment", "shop/dev", "fourEyes"),
                                Tuple.tuple("channel", "shop/release-mail", "recipients[1]"),
                                Tuple.tuple("platform", "global", "exposeAnnotations[1]")))
                .hasMessageContaining("通知渠道“shop/release-mail”");
    }

    @Test
    void shouldSubscribeTheFormsCheckboxesCaseInsensitively() {
        ChannelConfig channel = TestConfigs.channel("ops", "shop", null, "slack", "c", null, null, "DEPLOY-FAILED");

        assertThat(channel.isSubscribed("deploy-failed")).isTrue();
        assertThat(channel.isSubscribed("deployed")).isFalse();
        assertThat(new ChannelConfig.DescriptorImpl().getEventNames()).hasSize(DeliveryEventType.values().length)
                .contains("deploy-failed", "approval-waiting");
    }

    @Test
    void shouldCheckTheNewFormFields() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.ENGLISH, Locale.ENGLISH)) {
            EnvironmentConfig.DescriptorImpl environment = new EnvironmentConfig.DescriptorImpl();
            assertThat(environment.doCheckFourEyes(true, false).getMessage()).contains("only to a protected environment");
            assertThat(environment.doCheckFourEyes(true, true).kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(environment.doCheckGatewayName("", "gateway").getMessage()).isEqualTo("must not be empty");
            assertThat(environment.doCheckGatewayName("", "").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(environment.doCheckGatewayName("Public", "").kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(environment.doCheckGatewayNamespace("Infra").kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(environment.doCheckIngressClass("nginx.internal").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(environment.doCheckDomain("*.example.com").getMessage()).contains("must not contain a wildcard");
            assertThat(environment.doCheckDomain(" apps.example.com ").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(environment.doFillRouteKindItems()).extracting(option -> option.value)
                    .containsExactly("", "ingress", "gateway");

            ChannelConfig.DescriptorImpl channel = new ChannelConfig.DescriptorImpl();
            assertThat(channel.doFillKindItems()).extracting(option -> option.value)
                    .containsExactly("dingtalk", "wecom", "feishu", "slack", "email", "webhook");
            FormValidation url = channel.doCheckCredentialsId(null,
                    "https://oapi.dingtalk.com/robot/send?access_token=T0KEN", "dingtalk");
            assertThat(url.kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(url.getMessage()).contains("looks like a URL").doesNotContain("T0KEN");
            assertThat(channel.doCheckRecipients("ops@example.com; dev@", "email").getMessage())
                    .contains("'dev@' is not a mail address".replace("'", "&#039;"));
            assertThat(channel.doCheckRecipients("", "email").getMessage()).contains("at least one recipient");
            assertThat(channel.doCheckRecipients("", "slack").kind).isEqualTo(FormValidation.Kind.OK);

            PlatformConfig.DescriptorImpl platform = new PlatformConfig.DescriptorImpl();
            assertThat(platform.doCheckExposeAnnotations("example.com/*\n\nkey").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(platform.doCheckExposeAnnotations("bad key").kind).isEqualTo(FormValidation.Kind.ERROR);
        }
    }
}
