package io.jenkins.plugins.skylark.deploy.jenkins;

import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.inShop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayAbortStep;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayPauseStep;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayPromoteStep;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GraySetWeightStep;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayStartStep;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gray steps refuse bad arguments, another project's application and (for the steps that send users to
 * the new version) a protected environment without this build's approval, by name and before the cluster.
 */
class GrayStepRefusalTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private DeployPlatform platform;
    private StepRunner build;

    @BeforeEach
    void protectedProd() throws Exception {
        platform = DeployPlatform.start(jenkins);
        platform.protectProd("alice");
        build = platform.newBuild();
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    static Stream<Step> trafficSteps() {
        return Stream.of(start(), weight(10), new GrayPromoteStep("orders"));
    }

    @ParameterizedTest
    @MethodSource("trafficSteps")
    void shouldRefuseStepsThatSendUsersToTheNewVersionWithoutAnApproval(Step step) {
        String function = step.getDescriptor().getFunctionName();

        assertThatThrownBy(() -> inShop(build, "prod", step)).isInstanceOf(AbortException.class)
                .hasMessageStartingWith(function + " refused: environment shop/prod is protected");
        assertThat(platform.cluster.client().apps().deployments().inNamespace("shop-prod").list().getItems()).isEmpty();
    }

    @Test
    void shouldNameTheBadArgument() {
        GraySetWeightStep both = weight(10);
        both.setMatch(Map.of("header", "x-canary"));
        GraySetWeightStep shape = new GraySetWeightStep("orders");
        shape.setMatch(Map.of("header", "x-canary", "cookie", "canary"));
        GrayPauseStep neither = new GrayPauseStep("orders");
        GrayPauseStep soon = new GrayPauseStep("orders");
        soon.setDuration("soon");
        GrayStartStep twoPlans = start();
        twoPlans.setRelease("release.yaml");
        GrayStartStep noFile = new GrayStartStep("orders", DeployPlatform.image(2));
        noFile.setRelease("release.yaml");
        GrayStartStep badStep = new GrayStartStep("orders", DeployPlatform.image(2));
        badStep.setSteps(List.of(Map.of("weight", 150)));

        assertRefused(new GraySetWeightStep("orders"), "graySetWeight: give exactly one of 'weight' (0 to 100) and 'match'.");
        assertRefused(both, "graySetWeight: give exactly one of 'weight' (0 to 100) and 'match'.");
        assertRefused(weight(101), "graySetWeight: field 'weight' must be 0 to 100, was 101.");
        assertRefused(shape, "graySetWeight: field 'match' must be [header: 'x-canary', value: 'true']");
        assertRefused(neither, "grayPause: give exactly one of 'duration' (e.g. 5m) and 'approval: true'.");
        assertRefused(soon, "soon");
        assertRefused(twoPlans, "grayStart: give 'steps' or 'release' (a release file), not both.");
        assertRefused(noFile, "Release file 'release.yaml' not found in the workspace.");
        assertRefused(badStep, "weight");
        assertRefused(new GrayStartStep("orders", " "), "grayStart");
        assertThat(platform.cluster.client().apps().deployments().inNamespace("shop-dev").list().getItems()).isEmpty();
    }

    @Test
    void shouldKeepTenancyAsTheOtherSteps() {
        assertRefused(new GrayAbortStep("ledger"), "Application 'ledger' belongs to project bank");
    }

    private void assertRefused(Step step, String message) {
        assertThatThrownBy(() -> inShop(build, "dev", step)).isInstanceOf(AbortException.class)
                .hasMessageContaining(message);
    }

    private static GrayStartStep start() {
        GrayStartStep step = new GrayStartStep("orders", DeployPlatform.image(2));
        step.setSteps(List.of(Map.of("weight", 10)));
        return step;
    }

    private static GraySetWeightStep weight(int percent) {
        GraySetWeightStep step = new GraySetWeightStep("orders");
        step.setWeight(percent);
        return step;
    }
}
