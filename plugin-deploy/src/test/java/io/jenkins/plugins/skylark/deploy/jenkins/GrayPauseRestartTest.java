package io.jenkins.plugins.skylark.deploy.jenkins;

import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.image;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.inShop;
import static io.jenkins.plugins.skylark.deploy.jenkins.DeployPlatform.withPlatform;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayPauseStep;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayStartStep;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * A timed {@code grayPause} through a controller restart: the pause's end is saved (River, as Pipeline saves the
 * program) once it is recorded in the cluster, and the resumed step waits only for the rest, then resumes the
 * release and records the plan's step as done.
 */
class GrayPauseRestartTest extends AfterAFirstDeploy {

    @Test
    void shouldWaitForTheRestOfThePauseAfterAControllerRestart() throws Exception {
        GrayStartStep start = new GrayStartStep("orders", image(2));
        start.setSteps(List.of(Map.of("weight", 50), Map.of("pause", "3s"), Map.of("weight", 100)));
        inShop(build, "dev", start);
        GrayPauseStep pause = new GrayPauseStep("orders");
        pause.setDuration("3s");
        pause.setPlanStep(1);

        Object result = build.run(withPlatform("shop", "dev"), body -> {
            ControllerRestart restart = ControllerRestart.start(pause, body);
            return restart.resumeFrom(restart.savedByStep());
        });

        assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("phase", "PROGRESSING")
                .containsEntry("currentStep", 2).containsEntry("awaitingApproval", false);
        assertThat(build.log()).contains("Release of 'orders' paused for 3s, until")
                .contains("grayPause resumed after a controller restart: the release of 'orders' stays paused until");
    }
}
