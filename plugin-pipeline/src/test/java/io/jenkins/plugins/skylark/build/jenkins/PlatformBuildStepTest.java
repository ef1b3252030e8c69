package io.jenkins.plugins.skylark.build.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.JDK;
import hudson.model.Run;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.persistence.SavedForm;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsSteps;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code platformBuild} in Jenkinsfiles, running real Maven builds of the sample projects (with the test
 * run's own Maven repository as the agent cache) through a serialising agent channel; the harness saves
 * the step's execution with River at each step boundary and the build's actions through XStream.
 */
class PlatformBuildStepTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    @TempDir
    Path cache;

    private StepRunner build;
    private Path workspace;

    @BeforeEach
    void shopFolder() throws Exception {
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        build = jenkins.newBuild(jenkins.job("shop/orders"));
        workspace = Path.of(build.workspace().getRemote());
    }

    @Test
    void shouldBeThePlatformBuildStep() {
        assertThat(StepDescriptor.byFunctionName("platformBuild")).isInstanceOf(PlatformBuildStep.DescriptorImpl.class);
    }

    @Test
    void shouldBuildTheMavenProjectAndReturnTestsAndTheJarWithItsChecksum() throws Exception {
        BuildSamples.copy("maven-app", workspace);

        PipelineRun run = run("""
                def result = platformBuild()
                echo "tool=${result.tool} tests=${result.tests.total} failed=${result.tests.failed} skipped=${result.tests.skipped}"
                echo "artifact=${result.artifacts[0].path} size=${result.artifacts[0].size} sha256=${result.artifacts[0].sha256}"
                """);

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        Path jar = workspace.resolve("target/calc-1.0.jar");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        assertThat(build.log()).contains("Building with maven: mvn -B -ntp -Dmaven.repo.local=" + cache.resolve("maven")
                        + " clean verify", "Tests run: 2, Failures: 0, Errors: 0, Skipped: 1");
        assertThat(run.log()).contains("tool=maven tests=2 failed=0 skipped=1",
                "artifact=target/calc-1.0.jar size=" + Files.size(jar) + " sha256=" + sha256);
        PlatformBuildAction.BuildEntry entry = reloadedAction(build.build()).getBuilds().get(0);
        assertThat(entry.isSucceeded()).isTrue();
        assertThat(entry.getArtifacts()).singleElement().satisfies(a -> assertThat(a.getSha256()).isEqualTo(sha256));
    }

    @Test
    void shouldFailNamingTheFailedTestAndItsMessageAndKeepThemOnTheBuildPage() throws Exception {
        BuildSamples.copy("maven-failing", workspace);

        PipelineRun run = run("platformBuild(tool: 'maven', args: 'verify')");

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("maven build failed: 1 of 3 tests failed",
                "  com.example.calc.BrokenTest.addsWrongly: one plus two ==> expected: <4> but was: <3>",
                "Last 30 lines of output:");
        PlatformBuildAction.BuildEntry entry = reloadedAction(build.build()).getBuilds().get(0);
        assertThat(entry.isSucceeded()).isFalse();
        assertThat(entry.getFailed()).isEqualTo(1);
        assertThat(entry.getFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.getClassName()).isEqualTo("com.example.calc.BrokenTest");
            assertThat(failure.getName()).isEqualTo("addsWrongly");
        });
        assertThat(reloadedAction(build.build()).lastJar()).isNull();
    }

    @Test
    void shouldNameAnUnknownJdkInstallation() throws Exception {
        BuildSamples.copy("maven-app", workspace);

        PipelineRun run = run("platformBuild(jdk: 'jdk-21')");

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("platformBuild: no JDK installation named 'jdk-21' (Manage Jenkins > Tools > "
                + "JDK installations)");
    }

    @Test
    void shouldRunTheToolWithTheJdkInstallationsHome() throws Exception {
        BuildSamples.copy("maven-app", workspace);
        String javaHome = System.getProperty("java.home");
        Jenkins.get().setJDKs(List.of(new JDK("jdk17", javaHome), new JDK("moved", "/opt/jdk-moved-away")));

        PipelineRun working = run("platformBuild(jdk: 'jdk17', args: '-v')");
        PipelineRun broken = run("platformBuild(jdk: 'moved', args: '-v')");

        assertThat(working.result()).as(working.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(build.log()).contains("runtime: " + javaHome);
        assertThat(broken.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(build.log()).contains("The JAVA_HOME environment variable is not defined correctly");
    }

    private PlatformBuildAction reloadedAction(Run<?, ?> run) {
        return SavedForm.saveAndReload(run).stream().filter(PlatformBuildAction.class::isInstance)
                .map(PlatformBuildAction.class::cast).findFirst().orElseThrow();
    }

    private PipelineRun run(String jenkinsfile) throws Exception {
        JenkinsfileRunner runner = JenkinsfileRunner.in(workspace, artifacts)
                .environment(PlatformBuildExecution.CACHE_VARIABLE, BuildSamples.mavenCache(cache).toString());
        return JenkinsSteps.register(runner, build).run(jenkinsfile);
    }
}
