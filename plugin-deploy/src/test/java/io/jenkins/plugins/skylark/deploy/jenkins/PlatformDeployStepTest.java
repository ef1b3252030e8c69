package io.jenkins.plugins.skylark.deploy.jenkins;

import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.COMMIT;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.TOKEN;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.deploy;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.image;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.imageOf;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.inShop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestFileCredentials;
import io.jenkins.plugins.skylark.harness.kubernetes.RolloutFailure;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code platformDeploy} inside {@code withPlatform}, against the fake cluster. */
class PlatformDeployStepTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();
    private DeployPlatform platform;

    /**
     * Slower than the other step tests' clusters, so a rollout is still under way when the step first
     * looks at it (after its writes, the step saves their checkpoint on the controller before it waits).
     */
    @BeforeEach
    void startPlatform() throws Exception {
        platform = DeployPlatform.start(jenkins, 10);
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    @Test
    void shouldBeRegisteredUnderItsFunctionName() {
        assertThat(StepDescriptor.byFunctionName("platformDeploy")).isInstanceOf(PlatformDeployStep.DescriptorImpl.class);
    }

    @Test
    void shouldApplyStampAndWaitForTheRolloutPrintingProgress() throws Exception {
        StepRunner build = platform.newBuild();

        Object result = inShop(build, "dev", deploy(image(1)));

        assertThat(result).isEqualTo(Map.of("status", "SUCCEEDED", "message",
                "Deployed orders to namespace shop-dev: 1 workloads changed, 1 rolled out",
                "revisions", Map.of("deployment/orders", 1L)));
        Deployment deployment = platform.deployment("shop-dev");
        assertThat(imageOf(deployment)).isEqualTo(image(1));
        assertThat(deployment.getStatus().getAvailableReplicas()).isEqualTo(2);
        assertThat(deployment.getMetadata().getAnnotations()).containsValue(COMMIT).containsValue(DeployPlatform.BUILD_URL);
        assertThat(deployment.getMetadata().getLabels()).containsValue("orders");
        // polled every second, a rollout this fast may finish between two polls: progress lines are optional,
        // and only ever from the new generation's status
        assertThat(build.log()).contains("Applying 3 objects to namespace shop-dev")
                .contains("deployment/orders: rolled out")
                .doesNotContainPattern("deployment/orders: [3-9] of 2 updated");
    }

    @Test
    void shouldPublishTheDeployedEventKeyedByBuild() throws Exception {
        StepRunner build = platform.newBuild();

        inShop(build, "prod", deploy(image(1)));

        DeliveryEvent event = platform.listener.events.get(0);
        assertThat(platform.listener.events).hasSize(1);
        assertThat(event.type()).isEqualTo(DeliveryEventType.DEPLOYED);
        assertThat(List.of(event.project(), event.application(), event.environment(), event.version(), event.commitId(),
                event.buildUrl())).containsExactly("shop", "orders", "prod", image(1), COMMIT, DeployPlatform.BUILD_URL);
        assertThat(event.idempotencyKey()).isEqualTo("build|shop/orders#1|DEPLOYED|orders|prod|" + image(1));
    }

    @Test
    void shouldChangeNothingAndCreateNoRevisionWhenRunAgain() throws Exception {
        inShop(platform.newBuild(), "dev", deploy(image(1)));
        Deployment first = platform.deployment("shop-dev");
        StepRunner again = platform.newBuild();

        Object result = inShop(again, "dev", deploy(image(1)));

        Deployment second = platform.deployment("shop-dev");
        assertThat(second.getMetadata().getGeneration()).isEqualTo(first.getMetadata().getGeneration());
        assertThat(platform.cluster.client().apps().replicaSets().inNamespace("shop-dev").list().getItems()).hasSize(1);
        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("revisions", Map.of("deployment/orders", 1L));
        assertThat(again.log()).contains("0 of 1 workloads changed");
    }

    @Test
    void shouldDeployTwoEnvironmentsInParallel() throws Exception {
        StepRunner build = platform.newBuild();

        build.parallel(
                branch -> build.run(DeployPlatform.withPlatform("shop", "dev"), branch, body -> build.run(deploy(image(1)), body)),
                branch -> build.run(DeployPlatform.withPlatform("shop", "prod"), branch, body -> build.run(deploy(image(2)), body)));

        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(1));
        assertThat(imageOf(platform.deployment("shop-prod"))).isEqualTo(image(2));
        assertThat(platform.listener.events).extracting(DeliveryEvent::environment).containsExactlyInAnyOrder("dev", "prod");
    }

    @Test
    void shouldUseTheGivenManifestsInsteadOfTheApplicationsPath() throws Exception {
        StepRunner build = platform.newBuild();
        DeployPlatform.copy(build, "orders/orders.yaml", "deploy/other/orders.yaml");
        build.workspace().child("k8s").deleteRecursive();
        PlatformDeployStep step = deploy(image(3));
        step.setManifests("deploy/other/");

        inShop(build, "dev", step);

        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(3));
        assertThatThrownBy(() -> inShop(build, "dev", deploy(image(4)))).isInstanceOf(AbortException.class)
                .hasMessage("Manifest path 'k8s/' does not exist.");
    }

    @Test
    void shouldDeployWithAKubeconfigCredential() throws Exception {
        jenkins.credentials().addGlobal(new TestFileCredentials("fake-kubeconfig", "config",
                platform.cluster.kubeconfig().getBytes(StandardCharsets.UTF_8)));
        SkylarkConfiguration.get().setPlatform(platform.config("fake-kubeconfig"));

        inShop(platform.newBuild(), "dev", deploy(image(1)));

        assertThat(imageOf(platform.deployment("shop-dev"))).isEqualTo(image(1));
    }

    @Test
    void shouldNeverWriteTheClusterTokenToTheLogOrTheWorkspace() throws Exception {
        StepRunner build = platform.newBuild();
        inShop(build, "dev", deploy(image(1)));
        platform.cluster.failures().onImage(image(2), RolloutFailure.CRASH_LOOP);
        try {
            inShop(build, "dev", deploy(image(2)));
        } catch (AbortException expected) {
            // the failure message is searched below too
            build.workspace().child("failure.txt").write(expected.getMessage(), "UTF-8");
        }

        assertThat(build.log()).contains("Rolling back deployment/orders").doesNotContain(TOKEN);
        try (Stream<Path> files = Files.walk(jenkins.home())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(TOKEN);
            }
        }
    }
}
