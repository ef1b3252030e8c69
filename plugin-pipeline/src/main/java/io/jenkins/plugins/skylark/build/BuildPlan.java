package io.jenkins.plugins.skylark.build;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a build runs and where it looks afterwards: the commands in order (the first failing one ends
 * the build), the environment they get on top of the agent's (cache locations), and the tool's usual
 * test report and artefact globs, used when the step and the model give none.
 */
record BuildPlan(BuildTool tool, List<Command> commands, Map<String, String> environment, List<String> reports,
        List<String> artifacts) implements Serializable {
    private static final long serialVersionUID = 1L;

    BuildPlan {
        commands = List.copyOf(commands);
        environment = Map.copyOf(environment);
        reports = List.copyOf(reports);
        artifacts = List.copyOf(artifacts);
    }

    /** All commands as one line for the log and the step's result. */
    String display() {
        return String.join(" && ", commands.stream().map(Command::display).toList());
    }
}
