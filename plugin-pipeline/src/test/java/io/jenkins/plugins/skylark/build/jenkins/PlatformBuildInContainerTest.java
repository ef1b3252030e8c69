package io.jenkins.plugins.skylark.build.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsSteps;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.steps.ContainerStep;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code platformBuild} inside a block that decorates the launcher, as the Kubernetes plugin's
 * {@code container('maven') { }} does (the harness's {@code testContainer} wraps every command in
 * {@code env SKYLARK_CONTAINER=<name>}): the tool runs through the decorated launcher, with the step's
 * environment ({@code withEnv} {@code PATH+X}). A shell script off this JVM's {@code PATH} stands in for Maven.
 */
class PlatformBuildInContainerTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    @TempDir
    Path tools;

    @TempDir
    Path cache;

    @Test
    void shouldRunTheToolThroughTheLauncherOfTheEnclosingContainerBlock() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("orders"));
        Path workspace = Path.of(build.workspace().getRemote());
        Files.writeString(workspace.resolve("pom.xml"), "<project/>");
        Path mvn = tools.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\necho \"" + ContainerStep.VARIABLE + "=$" + ContainerStep.VARIABLE
                + " greeting=$GREETING\"\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        JenkinsfileRunner runner = JenkinsfileRunner.in(workspace, artifacts)
                .environment(PlatformBuildExecution.CACHE_VARIABLE, cache.toString());

        PipelineRun run = JenkinsSteps.register(runner, build).run("""
                withEnv(['PATH+TOOLS=%s', 'GREETING=hello']) {
                    testContainer('maven') {
                        platformBuild(tool: 'maven')
                    }
                    platformBuild(tool: 'maven')
                }
                """.formatted(tools));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(build.log()).containsSubsequence("SKYLARK_CONTAINER=maven greeting=hello",
                "SKYLARK_CONTAINER= greeting=hello");
    }
}
