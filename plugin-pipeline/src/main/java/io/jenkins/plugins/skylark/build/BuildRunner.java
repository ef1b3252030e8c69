package io.jenkins.plugins.skylark.build;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a build: reads the workspace to choose the tool and plan its commands ({@link #prepare}, where the
 * workspace is), starts the commands in order through the {@link BuildHost} until one fails, then reads
 * the test reports written during this build and finds the artefacts ({@link #collect}, where the workspace
 * is). A failed build is an outcome, not an exception, so its tests still reach the build page;
 * exceptions are for what kept the build from running (no tool, bad input).
 */
public final class BuildRunner {
    static final int LAST_LINES = 30;

    private BuildRunner() {
    }

    public static BuildOutcome run(BuildRequest request, BuildHost host, Consumer<String> log)
            throws BuildException, IOException, InterruptedException {
        PreparedBuild build = host.prepare(request);
        BuildPlan plan = build.plan();
        log.accept(Messages.get("BuildRunner.start", plan.tool().userName(), plan.display(), request.cache()));
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
            log.accept("$ " + command.display());
            GoTestEvents events = command.goTestJson() ? new GoTestEvents(output) : null;
            try (LineOutput lines = new LineOutput(events != null ? events : output)) {
                exitCode = host.launch(command.launchArguments(host.unix()), build.environment(), lines);
            }
            if (events != null) {
                tests = tests.plus(events.summary());
            }
            if (exitCode != 0) {
                failedCommand = command.display();
                break;
            }
        }
        BuildFiles files = host.collect(build, exitCode == 0);
        return new BuildOutcome(plan.tool(), plan.display(), exitCode, failedCommand, tests.plus(files.tests()),
                files.artifacts(), List.copyOf(lastLines));
    }

    /** Where the workspace is: the tool, its plan and the processes' environment. */
    public static PreparedBuild prepare(BuildRequest request, Path workspace) throws BuildException {
        Instant started = Instant.now().minusSeconds(2); // file systems with coarse modification times
        WorkspaceFacts facts = WorkspaceFacts.of(workspace);
        BuildTool tool = ToolChoice.choose(strippedOrNull(request.tool()), request.modelTool(), facts);
        BuildPlan plan = BuildPlans.of(tool, strippedOrNull(request.args()), facts, Path.of(request.cache()));
        for (Command command : plan.commands()) {
            if (command.program().startsWith("./") && !Files.isExecutable(workspace.resolve(command.program()))) {
                throw BuildException.of("BuildRunner.wrapperNotExecutable", command.program());
            }
        }
        return new PreparedBuild(request, plan,
                ProcessEnvironment.overrides(request.environment(), plan.environment(), request.javaHome()), started);
    }

    /** Where the workspace is: the tests of the reports written since the build started, and the artefacts if it succeeded. */
    public static BuildFiles collect(PreparedBuild build, boolean succeeded, Path workspace, Consumer<String> log)
            throws BuildException {
        return new BuildFiles(reports(build, workspace, log), succeeded ? artifacts(build, workspace) : List.of());
    }

    private static TestSummary reports(PreparedBuild build, Path workspace, Consumer<String> log)
            throws BuildException {
        String given = strippedOrNull(build.request().testReports());
        List<String> globs = given != null ? AntGlob.split(given) : build.plan().reports();
        if (globs.isEmpty()) {
            return TestSummary.NONE;
        }
        List<String> fresh = AntGlob.find(workspace, globs).stream()
                .filter(file -> writtenSince(workspace.resolve(file), build.started())).toList();
        if (fresh.isEmpty() && given != null) {
            log.accept(Messages.get("BuildRunner.noReports", given));
        }
        return JUnitReports.read(workspace, fresh);
    }

    private static List<Artifact> artifacts(PreparedBuild build, Path workspace) throws BuildException {
        String given = strippedOrNull(build.request().artifacts());
        List<Artifact> found = Artifacts.find(workspace, given != null ? AntGlob.split(given) : build.plan().artifacts());
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
