package io.jenkins.plugins.skylark.build.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import java.nio.file.Path;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;

/**
 * A real npm build of the sample package (one dependency from the npm registry, node's test runner writing
 * JUnit XML), with the cache in its default place: under the agent's root, here the built-in node's.
 */
class PlatformBuildNpmTest extends SampleToolBuildTest {
    PlatformBuildNpmTest() {
        super("npm", "npm is not installed (Node.js 20.10 or newer, for node --test's JUnit reporter)", "web",
                "npm-app");
    }

    @Test
    void shouldInstallBuildAndTestWithTheCacheUnderTheAgentRoot() throws Exception {
        PipelineRun run = sample.run("""
                def result = platformBuild()
                echo "tool=${result.tool} tests=${result.tests.total} skipped=${result.tests.skipped} artifacts=${result.artifacts*.path}"
                """);

        assertThat(run.result()).as(run.log() + sample.log()).isEqualTo(BuildResult.SUCCESS);
        Path cache = Jenkins.get().getRootDir().toPath().resolve("skylark-cache");
        assertThat(sample.log()).contains("$ npm ci", "$ npm run build", "built dist/index.js", "$ npm test",
                "(cache " + cache + ")");
        assertThat(run.log()).contains("tool=npm tests=4 skipped=1 artifacts=[dist/index.js]");
        assertThat(cache.resolve("npm")).isDirectory();
        assertThat(sample.workspace().resolve("node_modules/is-number")).isDirectory();
    }

    @Test
    void shouldFailNamingTheFailedTestWithTheBuildsEnvironment() throws Exception {
        PipelineRun run = sample.run("withEnv(['SAMPLE_FAIL=1']) { platformBuild(tool: 'npm') }");

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("npm build failed: 1 of 4 tests failed",
                "  test.triples when asked: double is not triple");
    }
}
