package io.jenkins.plugins.skylark.build;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a build in a workspace, where the workspace is: chooses the tool, plans its commands, runs them
 * in order until one fails, then reads the test reports written during this build and finds the
 * artefacts. A failed build is an outcome, not an exception, so its tests still reach the build page;
 * exceptions are for what kept the build from running (no tool, bad input).
 */
public final class BuildRunner {
    static final int LAST_LINES = 30;

    private BuildRunner() {
    }

    public static BuildOutcome run(BuildRequest request, Path workspace, Map<String, String> agentEnvironment,
            Consumer<String> log) throws BuildException, InterruptedException {
        WorkspaceFacts facts = WorkspaceFacts.of(workspace);
        BuildTool tool = ToolChoice.choose(strippedOrNull(request.tool()), request.modelTool(), facts);
        BuildPlan plan = BuildPlans.of(tool, strippedOrNull(request.args()), facts, Path.of(request.cache()));
        Map<String, String> environment = environment(request, plan, agentEnvironment);
        Instant started = Instant.now().minusSeconds(2); // file systems with coarse modification times
        log.accept(Messages.get("BuildRunner.start", tool.userName(), plan.display(), request.cache()));
        Deque<String> lastLines = new ArrayDeque<>();
        Consumer<String> output = line -> {
            log.accept(line);
            if (lastLines.size() == LAST_LINES) {
                lastLines.removeFirst();
            }
            lastLines.addLast(line);
        };
        TestSummary tests = TestSummary.NONE;
        int exitCode = 0;
        String failedCommand = null;
        for (Command command : plan.commands()) {
            Path executable = executable(tool, command, workspace, environment);
            log.accept("$ " + command.display());
            GoTestEvents events = command.goTestJson() ? new GoTestEvents(output) : null;
            exitCode = ProcessRunner.run(executable, command.arguments(), workspace, environment,
                    events != null ? events : output);
            if (events != null) {
                tests = tests.plus(events.summary());
            }
            if (exitCode != 0) {
                failedCommand = command.display();
                break;
            }
        }
        tests = tests.plus(reports(request, plan, workspace, started, log));
        List<Artifact> artifacts = exitCode == 0 ? artifacts(request, plan, workspace) : List.of();
        return new BuildOutcome(tool, plan.display(), exitCode, failedCommand, tests, artifacts, List.copyOf(lastLines));
    }

    private static Map<String, String> environment(BuildRequest request, BuildPlan plan, Map<String, String> agent) {
        Map<String, String> environment = ProcessEnvironment.merge(agent, request.environment());
        environment.putAll(plan.environment());
        if (request.javaHome() != null) {
            environment.put("JAVA_HOME", request.javaHome());
            ProcessEnvironment.prepend(environment, "PATH", request.javaHome() + File.separator + "bin");
        }
        return environment;
    }

    private static Path executable(BuildTool tool, Command command, Path workspace, Map<String, String> environment)
            throws BuildException {
        String program = command.program();
        if (program.startsWith("./")) {
            Path wrapper = workspace.resolve(program.substring(2));
            if (!Files.isExecutable(wrapper)) {
                throw BuildException.of("BuildRunner.wrapperNotExecutable", program);
            }
            return wrapper;
        }
        return ProcessEnvironment.which(program, environment).orElseThrow(() -> BuildException.of(
                "BuildRunner.toolMissing", tool.userName(), program, environment.getOrDefault("PATH", "")));
    }

    private static TestSummary reports(BuildRequest request, BuildPlan plan, Path workspace, Instant started,
            Consumer<String> log) throws BuildException {
        String given = strippedOrNull(request.testReports());
        List<String> globs = given != null ? AntGlob.split(given) : plan.reports();
        if (globs.isEmpty()) {
            return TestSummary.NONE;
        }
        List<String> fresh = AntGlob.find(workspace, globs).stream()
                .filter(file -> writtenSince(workspace.resolve(file), started)).toList();
        if (fresh.isEmpty() && given != null) {
            log.accept(Messages.get("BuildRunner.noReports", given));
        }
        return JUnitReports.read(workspace, fresh);
    }

    private static List<Artifact> artifacts(BuildRequest request, BuildPlan plan, Path workspace)
            throws BuildException {
        String given = strippedOrNull(request.artifacts());
        List<Artifact> found = Artifacts.find(workspace, given != null ? AntGlob.split(given) : plan.artifacts());
        if (found.isEmpty() && given != null) {
            throw BuildException.of("BuildRunner.noArtifacts", given);
        }
        return found;
    }

    private static boolean writtenSince(Path file, Instant started) {
        try {
            return Files.getLastModifiedTime(file).compareTo(FileTime.from(started)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
