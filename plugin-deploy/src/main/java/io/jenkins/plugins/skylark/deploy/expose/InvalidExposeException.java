package io.jenkins.plugins.skylark.deploy.expose;

import java.util.List;

/** An expose that must not be applied; lists every problem found, each naming its field or the other route. */
public class InvalidExposeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidExposeException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidExposeException(problems);
        }
    }
}
