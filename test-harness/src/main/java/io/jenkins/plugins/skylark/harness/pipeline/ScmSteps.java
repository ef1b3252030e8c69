package io.jenkins.plugins.skylark.harness.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code checkout scm} from a local Git repository, as the Git plugin does it: clone on first use, fetch
 * and check out the head afterwards, and {@code GIT_COMMIT} / {@code GIT_BRANCH} in the build's
 * environment. Runs the {@code git} command line.
 */
final class ScmSteps {
    private ScmSteps() {
    }

    /** The {@code scm} global: the repository the job is configured with. */
    public record Repository(Path path, String branch) {
    }

    static void register(Map<String, PipelineStep> steps) {
        steps.put("checkout", call -> checkout(call, (Repository) call.argument("scm", true)));
    }

    private static Map<String, String> checkout(StepCall call, Repository repository)
            throws IOException, InterruptedException {
        if (repository == null) {
            throw new PipelineFailure("checkout: this job has no SCM configured");
        }
        Path workspace = call.runtime().directory();
        Files.createDirectories(workspace);
        if (!Files.isDirectory(workspace.resolve(".git"))) {
            git(call, workspace, "init", "-q");
        }
        git(call, workspace, "fetch", "-q", repository.path().toString(), repository.branch());
        git(call, workspace, "checkout", "-q", "-f", "FETCH_HEAD");
        String commit = git(call, workspace, "rev-parse", "HEAD").strip();
        call.runtime().log("Checking out Revision " + commit + " (" + repository.branch() + ")");
        call.runtime().setGlobalVariable("GIT_COMMIT", commit);
        call.runtime().setGlobalVariable("GIT_BRANCH", repository.branch());
        return Map.of("GIT_COMMIT", commit, "GIT_BRANCH", repository.branch());
    }

    private static String git(StepCall call, Path directory, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "advice.detachedHead=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new PipelineFailure("git " + String.join(" ", arguments) + " failed: " + output.strip());
        }
        return output;
    }
}
