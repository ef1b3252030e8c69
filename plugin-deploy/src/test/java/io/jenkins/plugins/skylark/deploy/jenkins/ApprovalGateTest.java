package io.jenkins.plugins.skylark.deploy.jenkins;

import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.deploy;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.image;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.inShop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.skylark.approval.jenkins.ApprovalCheckStep;
import io.jenkins.plugins.skylark.approval.jenkins.ApprovalRequestStep;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.util.Map;
import java.util.stream.Stream;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.support.steps.input.ApproverAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every deploy step refuses a protected environment without this build's approval, before applying anything. */
class ApprovalGateTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private DeployPlatform platform;
    private StepRunner build;

    @BeforeEach
    void protectedProd() throws Exception {
        platform = DeployPlatform.start(jenkins);
        platform.protectProd("alice, release-managers");
        build = platform.newBuild();
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    static Stream<Step> deploySteps() {
        return Stream.of(deploy(image(1)), new PlatformScaleStep("orders", 3),
                new PlatformUpdateImageStep("orders", "app", image(2)), new PlatformRollbackStep("orders"),
                expose(), new PlatformUnexposeStep("orders"));
    }

    private static PlatformExposeStep expose() {
        PlatformExposeStep step = new PlatformExposeStep("orders");
        step.setHost("orders.shop.example.com");
        return step;
    }

    @ParameterizedTest
    @MethodSource("deploySteps")
    void shouldRefuseEveryDeployStepWithoutAnApprovalBeforeApplyingAnything(Step step) {
        String function = step.getDescriptor().getFunctionName();

        assertThatThrownBy(() -> inShop(build, "prod", step)).isInstanceOf(AbortException.class)
                .hasMessage(function + " refused: environment shop/prod is protected and this build has no approval for it."
                        + " Call platformApprove(environment: ...) before deploying; approvers: alice, release-managers.");
        assertThat(platform.cluster.client().apps().deployments().inNamespace("shop-prod").list().getItems()).isEmpty();
        assertThat(platform.cluster.client().network().v1().ingresses().inNamespace("shop-prod").list().getItems()).isEmpty();
        assertThat(platform.cluster.client().services().inNamespace("shop-prod").list().getItems()).isEmpty();
        assertThat(platform.listener.events).isEmpty();
    }

    @Test
    void shouldLetAnUnprotectedEnvironmentPass() throws Exception {
        inShop(build, "dev", deploy(image(1)));

        assertThat(platform.deployment("shop-dev")).isNotNull();
    }

    @Test
    void shouldDeployOnceAnApproverProceededTheInput() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> request = (Map<String, Object>) inShop(build, "prod", new ApprovalRequestStep());
        build.build().addAction(new ApproverAction("alice")); // what pipeline-input-step adds when alice proceeds
        inShop(build, "prod", new ApprovalCheckStep((String) request.get("id")));

        inShop(build, "prod", deploy(image(1)));

        assertThat(DeployPlatform.imageOf(platform.deployment("shop-prod"))).isEqualTo(image(1));
        assertThat(platform.listener.events).extracting(DeliveryEvent::type).containsExactly(
                DeliveryEventType.APPROVAL_WAITING, DeliveryEventType.APPROVED, DeliveryEventType.DEPLOYED);
    }
}
