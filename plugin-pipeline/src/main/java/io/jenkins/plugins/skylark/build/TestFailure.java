package io.jenkins.plugins.skylark.build;

import java.io.Serializable;

/**
 * One failed test: its class (suite), name, first line of the message, and whether it was an error
 * (an unexpected exception) rather than a failed assertion.
 */
public record TestFailure(String className, String name, String message, boolean error) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_MESSAGE = 300;

    public TestFailure {
        className = className == null ? "" : className;
        name = name == null ? "" : name;
        message = shorten(message);
    }

    /** {@code class.name}, or the name alone when there is no class. */
    public String fullName() {
        return className.isEmpty() ? name : className + "." + name;
    }

    private static String shorten(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line;
    }
}
