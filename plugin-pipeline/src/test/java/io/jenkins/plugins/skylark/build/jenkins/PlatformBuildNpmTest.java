package io.jenkins.plugins.skylark.build.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.MissingTool;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsSteps;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.nio.file.Path;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real npm build of the sample package (one dependency from the npm registry, node's test runner writing
 * JUnit XML), with the cache in its default place: under the agent's root, here the built-in node's.
 */
class PlatformBuildNpmTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    private StepRunner build;
    private Path workspace;

    @BeforeEach
    void samplePackage() throws Exception {
        if (BuildSamples.notOnPath("npm")) {
            MissingTool.skipOrFail("npm is not installed (Node.js 20.10 or newer, for node --test's JUnit reporter)");
        }
        build = jenkins.newBuild(jenkins.job("web"));
        workspace = Path.of(build.workspace().getRemote());
        BuildSamples.copy("npm-app", workspace);
    }

    @Test
    void shouldInstallBuildAndTestWithTheCacheUnderTheAgentRoot() throws Exception {
        PipelineRun run = run("""
                def result = platformBuild()
                echo "tool=${result.tool} tests=${result.tests.total} skipped=${result.tests.skipped} artifacts=${result.artifacts*.path}"
                """);

        assertThat(run.result()).as(run.log() + build.log()).isEqualTo(BuildResult.SUCCESS);
        Path cache = Jenkins.get().getRootDir().toPath().resolve("skylark-cache");
        assertThat(build.log()).contains("$ npm ci", "$ npm run build", "built dist/index.js", "$ npm test",
                "(cache " + cache + ")");
        assertThat(run.log()).contains("tool=npm tests=4 skipped=1 artifacts=[dist/index.js]");
        assertThat(cache.resolve("npm")).isDirectory();
        assertThat(workspace.resolve("node_modules/is-number")).isDirectory();
    }

    @Test
    void shouldFailNamingTheFailedTestWithTheBuildsEnvironment() throws Exception {
        PipelineRun run = run("withEnv(['SAMPLE_FAIL=1']) { platformBuild(tool: 'npm') }");

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("npm build failed: 1 of 4 tests failed",
                "  test.triples when asked: double is not triple");
    }

    private PipelineRun run(String jenkinsfile) throws Exception {
        return JenkinsSteps.register(JenkinsfileRunner.in(workspace, artifacts), build).run(jenkinsfile);
    }
}
