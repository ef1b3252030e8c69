package io.jenkins.plugins.skylark.deploy.validation;

import java.util.List;

/** Input that must not be applied: carries every problem found, each naming where it is. */
public abstract class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    protected InvalidInputException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
