package io.jenkins.plugins.skylark.build;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a build did: the tool and command lines, the exit code of the last command run (0 when all
 * succeeded), which command failed if one did, the tests, the artefacts, and the last lines of output
 * for the failure message.
 */
public record BuildOutcome(BuildTool tool, String command, int exitCode, String failedCommand, TestSummary tests,
        List<Artifact> artifacts, List<String> lastLines) implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int FAILURES_IN_MESSAGE = 5;
    /** The exit code of a shell that found no program of that name. */
    static final int NOT_FOUND = 127;

    public BuildOutcome {
        artifacts = List.copyOf(artifacts);
        lastLines = List.copyOf(lastLines);
    }

    public boolean succeeded() {
        return exitCode == 0 && !tests.hasFailures();
    }

    /** Why the build failed: the first failed tests with their messages, else the command and exit code (with a hint when no program was found); then the last output lines. */
    public String failureMessage() {
        StringBuilder message = new StringBuilder();
        if (tests.hasFailures()) {
            message.append(Messages.get("BuildOutcome.testsFailed", tool.userName(), tests.failed() + tests.errors(),
                    tests.total()));
            tests.failures().stream().limit(FAILURES_IN_MESSAGE).forEach(f -> message.append("\n  ")
                    .append(Messages.get("BuildOutcome.failure", f.fullName(), f.message())));
        } else {
            message.append(Messages.get("BuildOutcome.commandFailed", tool.userName(), failedCommand, exitCode));
            if (exitCode == NOT_FOUND) {
                message.append('\n').append(Messages.get("BuildOutcome.notFound", failedCommand.split(" ")[0]));
            }
        }
        if (!lastLines.isEmpty()) {
            message.append('\n').append(Messages.get("BuildOutcome.lastLines", lastLines.size())).append('\n')
                    .append(lastLines.stream().map(line -> "  " + line).collect(Collectors.joining("\n")));
        }
        return message.toString();
    }
}
