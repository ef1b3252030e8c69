package io.jenkins.plugins.skylark.build.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import org.junit.jupiter.api.Test;

/** A real Go build of the sample module (Debian {@code golang-go}): binaries in {@code bin/}, tests from {@code go test -json}. */
class PlatformBuildGoTest extends SampleToolBuildTest {
    PlatformBuildGoTest() {
        super("go", "go is not installed (Debian package golang-go)", "calc", "go-app");
    }

    @Test
    void shouldBuildTheBinaryAndCountTheTests() throws Exception {
        PipelineRun run = sample.run("""
                def result = platformBuild()
                echo "tool=${result.tool} tests=${result.tests.total} skipped=${result.tests.skipped} artifacts=${result.artifacts*.path}"
                """);

        assertThat(run.result()).as(run.log() + sample.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("tool=go tests=2 skipped=1 artifacts=[bin/calc]");
        assertThat(sample.log()).contains("$ go test -json ./...", "--- PASS: TestDivide").doesNotContain("\"Action\"");
    }

    @Test
    void shouldFailNamingTheFailedTestAndItsMessage() throws Exception {
        PipelineRun run = sample.run("withEnv(['SAMPLE_FAIL=1']) { platformBuild(tool: 'go') }");

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("go build failed: 1 of 2 tests failed",
                "  example.com/calc.TestDivideWrongly: calc_test.go:19: Divide(6, 4) = 1.5, want 2");
    }
}
