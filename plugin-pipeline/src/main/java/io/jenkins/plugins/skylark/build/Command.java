package io.jenkins.plugins.skylark.build;

import java.io.Serializable;
import java.util.List;

/**
 * One process of a build: its arguments, the first being the program name looked up on the agent's
 * {@code PATH} (or a workspace-relative {@code ./gradlew}). {@code goTestJson} marks {@code go test -json},
 * whose output is test events rather than text.
 */
record Command(List<String> arguments, boolean goTestJson) implements Serializable {
    private static final long serialVersionUID = 1L;

    Command {
        arguments = List.copyOf(arguments);
    }

    static Command of(List<String> arguments) {
        return new Command(arguments, false);
    }

    String program() {
        return arguments.get(0);
    }

    /** As shown in the log and the result, space-separated. */
    String display() {
        return String.join(" ", arguments);
    }
}
