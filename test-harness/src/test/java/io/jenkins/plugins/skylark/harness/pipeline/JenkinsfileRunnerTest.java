package io.jenkins.plugins.skylark.harness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JenkinsfileRunnerTest {
    @TempDir
    Path dir;

    private final Map<String, Object> recorded = new ConcurrentHashMap<>();

    private JenkinsfileRunner runner() {
        return JenkinsfileRunner.in(dir.resolve("ws"), dir.resolve("artifacts"))
                .step("record", call -> recorded.put(call.text("name", false), call.argument("target", false)));
    }

    private static Path jenkinsfile(String name) {
        return Path.of("src/test/resources/jenkinsfiles", name + ".Jenkinsfile");
    }

    @Test
    void shouldRunDeclarativeStagesWithEnvironmentParametersAndRealShell() throws IOException {
        PipelineRun run = runner().run(jenkinsfile("declarative"));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(Files.readString(dir.resolve("ws/build.txt"))).isEqualTo("building orders as orders-v1\n");
        assertThat(run.log()).contains("greeting=hello", "read: building orders as orders-v1",
                "Stage \"Quiet\" skipped due to when conditional", "post success", "post always null");
        assertThat(run.log()).doesNotContain("should not run");
        assertThat(run.environment()).containsEntry("RESULT_TEXT", "building orders as orders-v1");
    }

    @Test
    void shouldLetAGivenParameterOverrideTheDefault() throws IOException {
        PipelineRun run = runner().parameter("GREETING", "你好").run(jenkinsfile("declarative"));

        assertThat(run.log()).contains("greeting=你好");
    }

    @Test
    void shouldFailTheBuildAndSkipLaterStagesWhenAStageFails() throws IOException {
        PipelineRun run = runner().run(jenkinsfile("failing"));

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("ERROR: script returned exit code 3", "stage post failure",
                "Stage \"Later\" skipped due to earlier failure(s)", "pipeline post failure");
        assertThat(run.log()).doesNotContain("later stage ran");
    }

    @Test
    void shouldFailOnAnUnknownStepAsJenkinsDoes() throws IOException {
        PipelineRun run = runner().run(jenkinsfile("unknownStep"));

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("No such DSL method 'frobnicate' found among steps [");
    }

    @Test
    void shouldGiveEachParallelBranchItsOwnEnvironment() throws IOException {
        PipelineRun run = runner().run(jenkinsfile("parallelStages"));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(recorded).containsEntry("dev", "dev").containsEntry("test", "test");
    }

    @Test
    void shouldProceedWhenTheInputIsApprovedAndAbortWhenRejected() throws IOException {
        PipelineRun approved = runner().inputs(InputDecision.approveAs("ops")).run(jenkinsfile("approval"));
        PipelineRun rejected = runner().inputs(InputDecision.abortAs("ops")).run(jenkinsfile("approval"));

        assertThat(approved.result()).isEqualTo(BuildResult.SUCCESS);
        assertThat(approved.log()).contains("Deploy to production?", "Approved by ops", "deploying to prod");
        assertThat(rejected.result()).isEqualTo(BuildResult.ABORTED);
        assertThat(rejected.log()).doesNotContain("deploying to prod");
    }

    @Test
    void shouldRunScriptedPipelinesWithScriptMethodsAndParallelBranches() throws IOException {
        PipelineRun run = runner().run(jenkinsfile("scripted"));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("SCRIPTED WORKS");
        assertThat(recorded).containsEntry("left", "l").containsEntry("right", "r");
    }

    @Test
    void shouldCallSharedLibraryGlobalVariables() throws IOException {
        PipelineRun run = runner().library(SharedLibrary.at(Path.of("src/test/resources/library")))
                .run(jenkinsfile("library"));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("Hello, Skylark!", "twice: xx");
    }

    @Test
    void shouldCheckOutTheJobRepositoryAndArchiveArtifacts() throws Exception {
        Path repository = dir.resolve("repo");
        Files.createDirectories(repository);
        Files.writeString(repository.resolve("app.txt"), "v1");
        git(repository, "init", "-q", "-b", "main");
        git(repository, "add", ".");
        git(repository, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "first");

        PipelineRun run = runner().scm(repository, "main").run(jenkinsfile("checkout"));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.environment().get("GIT_COMMIT")).matches("[0-9a-f]{40}");
        assertThat(dir.resolve("artifacts/app.txt")).hasContent("v1");
    }

    private static void git(Path directory, String... arguments) throws Exception {
        String[] command = new String[arguments.length + 1];
        command[0] = "git";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
    }
}
