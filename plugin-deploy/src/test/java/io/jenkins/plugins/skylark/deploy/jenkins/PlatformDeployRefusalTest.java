package io.jenkins.plugins.skylark.deploy.jenkins;

import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.deploy;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.image;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.inShop;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.withPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code platformDeploy} refuses bad input and foreign targets before anything reaches the cluster. */
class PlatformDeployRefusalTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();
    private DeployPlatform platform;

    @BeforeEach
    void startPlatform() throws Exception {
        platform = DeployPlatform.start(jenkins);
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "other-namespace.yaml | Secret/elsewhere targets namespace 'bank'; this environment deploys to namespace 'shop-dev' only",
        "cluster-scoped.yaml  | ClusterRoleBinding/take-over is cluster-scoped",
        "malformed.yaml       | hostile/malformed.yaml:12: malformed YAML"})
    void shouldRefuseHostileManifestsApplyingNothing(String file, String problem) throws Exception {
        StepRunner build = platform.newBuild();
        DeployPlatform.copy(build, "hostile/" + file, "hostile/" + file);
        PlatformDeployStep step = deploy(image(1));
        step.setManifests("k8s/, hostile/" + file);

        assertThatThrownBy(() -> inShop(build, "dev", step)).isInstanceOf(AbortException.class).hasMessageContaining(problem);
        assertThat(platform.cluster.client().configMaps().inNamespace("shop-dev").withName("harmless").get()).isNull();
        assertThat(platform.cluster.client().configMaps().inNamespace("shop-dev").withName("orders-config").get()).isNull();
        assertThat(platform.deployment("shop-dev")).isNull();
        assertThat(platform.listener.events).isEmpty();
    }

    @Test
    void shouldRefuseAnApplicationOfAnotherProject() throws Exception {
        StepRunner build = platform.newBuild();

        assertThatThrownBy(() -> inShop(build, "dev", new PlatformDeployStep("ledger")))
                .isInstanceOf(AbortException.class)
                .hasMessage("Application 'ledger' belongs to project bank, not to project 'shop' of this withPlatform "
                        + "block; a job may act only for its own project.");
    }

    @Test
    void shouldRefuseAJobOfAnotherProjectBeforeTheStepRuns() throws Exception {
        StepRunner build = platform.newBuild("shop/orders-of-bank");

        assertThatThrownBy(() -> build.run(withPlatform("bank", "dev"), body -> build.run(deploy(image(1)), body)))
                .isInstanceOf(AbortException.class).hasMessageContaining("'bank'");
        assertThat(platform.cluster.client().apps().deployments().inNamespace("bank").list().getItems()).isEmpty();
    }

    @Test
    void shouldRequireWithPlatformAndAnEnvironment() throws Exception {
        StepRunner build = platform.newBuild();

        assertThatThrownBy(() -> build.run(deploy(image(1)))).isInstanceOf(AbortException.class)
                .hasMessage("platformDeploy must be called inside withPlatform(project: '…') { … }");
        assertThatThrownBy(() -> build.run(withPlatform("shop", null), body -> build.run(deploy(image(1)), body)))
                .isInstanceOf(AbortException.class)
                .hasMessage("platformDeploy needs an environment: withPlatform(project: 'shop', environment: '…') { … }");
    }

    @Test
    void shouldNameAnUnknownApplicationAndABadTimeout() throws Exception {
        StepRunner build = platform.newBuild();
        PlatformDeployStep slow = deploy(image(1));
        slow.setTimeout("soon");

        assertThatThrownBy(() -> inShop(build, "dev", new PlatformDeployStep("payments"))).isInstanceOf(AbortException.class)
                .hasMessage("Project 'shop' has no application 'payments' (its applications: orders).");
        assertThatThrownBy(() -> inShop(build, "dev", slow)).isInstanceOf(AbortException.class)
                .hasMessageContaining("Field 'timeout'").hasMessageContaining("'soon'");
    }

    @Test
    void shouldRefuseAnImageNotPinnedByDigest() throws Exception {
        StepRunner build = platform.newBuild();

        assertThatThrownBy(() -> inShop(build, "dev", deploy(DeployPlatform.REPOSITORY + ":latest")))
                .isInstanceOf(AbortException.class).hasMessageContaining("is not pinned by digest");
        assertThat(platform.deployment("shop-dev")).isNull();
    }
}
