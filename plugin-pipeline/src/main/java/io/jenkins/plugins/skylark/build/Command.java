package io.jenkins.plugins.skylark.build;

import java.io.Serializable;
import java.util.ArrayList;
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

    /**
     * The command line to start: on Unix through {@code sh}, so that the program is looked up on the
     * {@code PATH} the process gets (with {@code PATH+X} contributions, or the container's own) as for an
     * {@code sh} step; the arguments are {@code sh}'s positional parameters, handed on verbatim by
     * {@code exec "$0" "$@"}, never parsed by the shell. Elsewhere the program directly.
     */
    List<String> launchArguments(boolean unix) {
        if (!unix) {
            return arguments;
        }
        List<String> line = new ArrayList<>(List.of("sh", "-c", "exec \"$0\" \"$@\""));
        line.addAll(arguments);
        return line;
    }

    /** As shown in the log and the result, space-separated. */
    String display() {
        return String.join(" ", arguments);
    }
}
