package io.jenkins.plugins.skylark.harness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class JenkinsStepsTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    @Test
    void shouldDispatchToRealStepsWithTheirBlockContextAndEnvironment() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("team/app"));
        JenkinsfileRunner runner = JenkinsfileRunner.in(Path.of(build.workspace().getRemote()), artifacts);

        PipelineRun run = JenkinsSteps.register(runner, build).run(Path.of("src/test/resources/jenkinsfiles/realSteps.Jenkinsfile"));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.FAILURE);
        assertThat(build.log()).contains("tag=alpha", "tag=beta");
        assertThat(run.log()).contains("env TAG=alpha", "ERROR: testShowLabel must run inside testWithLabel");
        assertThat(run.environment()).containsEntry("SEEN_A", "alpha");
    }

    @Test
    void shouldEndWithTheResultAStepSetOnTheBuild() throws Exception { // e.g. a gate marking the build UNSTABLE
        StepRunner build = jenkins.newBuild(jenkins.job("team/app"));
        JenkinsfileRunner runner = JenkinsfileRunner.in(Path.of(build.workspace().getRemote()), artifacts);
        build.build().setResult(hudson.model.Result.UNSTABLE);

        PipelineRun run = JenkinsSteps.register(runner, build).run("echo 'gate failed'");

        assertThat(run.result()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(run.log()).endsWith("Finished: UNSTABLE\n");
    }
}
