package io.jenkins.plugins.skylark.build.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.JDK;
import hudson.model.Run;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.persistence.SavedForm;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
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

    private SampleBuild sample;

    @BeforeEach
    void shopFolder() throws Exception {
        sample = SampleBuild.ofShopOrders(jenkins, artifacts, cache);
    }

    @Test
    void shouldBeThePlatformBuildStep() {
        assertThat(StepDescriptor.byFunctionName("platformBuild")).isInstanceOf(PlatformBuildStep.DescriptorImpl.class);
    }

    @Test
    void shouldBuildTheMavenProjectAndReturnTestsAndTheJarWithItsChecksum() throws Exception {
        sample.copy("maven-app");

        PipelineRun run = sample.run("""
                def result = platformBuild()
                echo "tool=${result.tool} tests=${result.tests.total} failed=${result.tests.failed} skipped=${result.tests.skipped}"
                echo "artifact=${result.artifacts[0].path} size=${result.artifacts[0].size} sha256=${result.artifacts[0].sha256}"
                """);

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        Path jar = sample.workspace().resolve("target/calc-1.0.jar");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        assertThat(sample.log()).contains("Building with maven: mvn -B -ntp -Dmaven.repo.local=" + cache.resolve("maven")
                        + " clean verify", "Tests run: 2, Failures: 0, Errors: 0, Skipped: 1");
        assertThat(run.log()).contains("tool=maven tests=2 failed=0 skipped=1",
                "artifact=target/calc-1.0.jar size=" + Files.size(jar) + " sha256=" + sha256);
        PlatformBuildAction.BuildEntry entry = reloadedAction(sample.build()).getBuilds().get(0);
        assertThat(entry.isSucceeded()).isTrue();
        assertThat(entry.getArtifacts()).singleElement().satisfies(a -> assertThat(a.getSha256()).isEqualTo(sha256));
    }

    @Test
    void shouldFailNamingTheFailedTestAndItsMessageAndKeepThemOnTheBuildPage() throws Exception {
        sample.copy("maven-failing");

        PipelineRun run = sample.run("platformBuild(tool: 'maven', args: 'verify')");

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("maven build failed: 1 of 3 tests failed",
                "  com.example.calc.BrokenTest.addsWrongly: one plus two ==> expected: <4> but was: <3>",
                "Last 30 lines of output:");
        PlatformBuildAction.BuildEntry entry = reloadedAction(sample.build()).getBuilds().get(0);
        assertThat(entry.isSucceeded()).isFalse();
        assertThat(entry.getFailed()).isEqualTo(1);
        assertThat(entry.getFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.getClassName()).isEqualTo("com.example.calc.BrokenTest");
            assertThat(failure.getName()).isEqualTo("addsWrongly");
        });
        assertThat(reloadedAction(sample.build()).lastJar()).isNull();
    }

    @Test
    void shouldNameAnUnknownJdkInstallation() throws Exception {
        sample.copy("maven-app");

        PipelineRun run = sample.run("platformBuild(jdk: 'jdk-21')");

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("platformBuild: no JDK installation named 'jdk-21' (Manage Jenkins > Tools > "
                + "JDK installations)");
    }

    @Test
    void shouldRunTheToolWithTheJdkInstallationsHome() throws Exception {
        sample.copy("maven-app");
        String javaHome = System.getProperty("java.home");
        Jenkins.get().setJDKs(List.of(new JDK("jdk17", javaHome), new JDK("moved", "/opt/jdk-moved-away")));

        PipelineRun working = sample.run("platformBuild(jdk: 'jdk17', args: '-v')");
        PipelineRun broken = sample.run("platformBuild(jdk: 'moved', args: '-v')");

        assertThat(working.result()).as(working.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(sample.log()).contains("runtime: " + javaHome);
        assertThat(broken.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(sample.log()).contains("The JAVA_HOME environment variable is not defined correctly");
    }

    private PlatformBuildAction reloadedAction(Run<?, ?> run) {
        return SavedForm.saveAndReload(run).stream().filter(PlatformBuildAction.class::isInstance)
                .map(PlatformBuildAction.class::cast).findFirst().orElseThrow();
    }
}
