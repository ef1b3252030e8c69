package io.jenkins.plugins.skylark.context.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.steps.RunningStep;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.TestConfigs;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * withPlatform's body can outlive a controller restart (an approval or a long rollout inside it): the
 * block is read back from the saved program, resumed, and the steps after the restart still get the
 * platform context; the block ends through its restored body callback.
 */
class WithPlatformResumeTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @BeforeEach
    void platformWithShopFolder() throws Exception {
        SkylarkConfiguration.get().setPlatform(TestConfigs.valid());
        jenkins.credentials().addGlobal(new TestStringCredentials("east-token", "EAST-SECRET-VALUE"));
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
    }

    @Test
    void shouldCarryOnWithThePlatformContextAfterARestartDuringTheBody() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/api"));
        WithPlatformStep step = new WithPlatformStep("shop");
        step.setEnvironment("dev");
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch restarted = new CountDownLatch(1);
        ResolvedPlatformContext[] seen = new ResolvedPlatformContext[2];

        RunningStep withPlatform = build.start(step, body -> {
            seen[0] = body.get(ResolvedPlatformContext.class);
            entered.countDown();
            restarted.await(1, TimeUnit.MINUTES); // waiting, as for an approval, while the controller restarts
            seen[1] = body.get(ResolvedPlatformContext.class);
            return build.run(new RequiresPlatformStep(), body) + " " + seen[1].clusterId();
        });
        WithPlatformExecution before = (WithPlatformExecution) withPlatform.execution();
        entered.await(1, TimeUnit.MINUTES);
        withPlatform.restartController();
        restarted.countDown();

        assertThat(withPlatform.await()).isEqualTo("shop-dev east");
        assertThat(withPlatform.execution()).isInstanceOf(WithPlatformExecution.class).isNotSameAs(before);
        assertThat(seen[1]).as("the context read back from the saved program").isNotSameAs(seen[0])
                .isEqualTo(seen[0]);
    }
}
