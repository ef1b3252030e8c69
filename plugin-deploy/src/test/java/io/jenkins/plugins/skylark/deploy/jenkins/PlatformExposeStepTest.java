package io.jenkins.plugins.skylark.deploy.jenkins;

import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.inShop;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.withPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.Test;

/**
 * platformExpose and platformUnexpose in a build, after orders was deployed to dev (its manifests bring
 * Service orders): the route only, the URL in the log and the result, through a controller restart too.
 */
class PlatformExposeStepTest extends AfterAFirstDeploy {

    private static PlatformExposeStep expose() {
        PlatformExposeStep step = new PlatformExposeStep("orders");
        step.setHost("orders.shop.example.com");
        step.setPort(8080);
        step.setTimeout("60s");
        return step;
    }

    @Test
    void shouldExposeThroughTheEnvironmentsIngressAndReturnUrlAddressAndObjects() throws Exception {
        Object result = inShop(build, "dev", expose());

        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("url", "http://orders.shop.example.com/")
                .containsEntry("address", DeployPlatform.EXPOSE_ADDRESS)
                .containsEntry("objects", List.of("Ingress/orders"));
        assertThat(build.log()).contains("Exposed at http://orders.shop.example.com/ (load-balancer address: 203.0.113.10)")
                .contains("Service orders in namespace shop-dev was created by another tool");
        assertThat(platform.listener.events).as("no delivery event type means 'exposed'").isEmpty();
    }

    @Test
    void shouldWaitAgainForTheRouteAfterAControllerRestart() throws Exception {
        Object result = build.run(withPlatform("shop", "dev"), body -> {
            ControllerRestart restart = ControllerRestart.start(expose(), body);
            StepExecution saved = restart.savedByStep();
            return restart.resumeFrom(saved);
        });

        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("address", DeployPlatform.EXPOSE_ADDRESS);
        assertThat(build.log()).contains("platformExpose resumed after a controller restart");
    }

    @Test
    void shouldRemoveTheRouteButNotTheManifestsService() throws Exception {
        inShop(build, "dev", expose());

        Object result = inShop(build, "dev", new PlatformUnexposeStep("orders"));

        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("removed", List.of("Ingress/orders"))
                .containsEntry("kept", List.of());
        assertThat(platform.cluster.client().services().inNamespace("shop-dev").withName("orders").get()).isNotNull();
        assertThat(platform.cluster.client().network().v1().ingresses().inNamespace("shop-dev").withName("orders").get())
                .isNull();
    }

    @Test
    void shouldRefuseBadInputBeforeTouchingTheCluster() {
        PlatformExposeStep step = expose();
        step.setHost("orders.shop.example.com\"}");
        step.setAnnotations(Map.of("nginx.ingress.kubernetes.io/server-snippet", "return 200;"));

        assertThatThrownBy(() -> inShop(build, "dev", step)).isInstanceOf(AbortException.class)
                .hasMessageContaining("Field 'hosts[0]'").hasMessageContaining("The administrator allows no extra annotations");
        assertThat(platform.cluster.client().network().v1().ingresses().inNamespace("shop-dev").list().getItems()).isEmpty();
    }

    @Test
    void shouldKeepTenancyAsTheOtherSteps() {
        PlatformExposeStep step = new PlatformExposeStep("ledger");
        step.setHost("ledger.bank.example.com");
        step.setPort(8080);

        assertThatThrownBy(() -> inShop(build, "dev", step)).isInstanceOf(AbortException.class)
                .hasMessageContaining("Application 'ledger' belongs to project bank");
    }
}
