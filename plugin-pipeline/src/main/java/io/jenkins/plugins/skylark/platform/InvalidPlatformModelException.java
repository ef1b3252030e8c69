package io.jenkins.plugins.skylark.platform;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A platform configuration was rejected; it lists every problem found, not just the first. */
public class InvalidPlatformModelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<ValidationProblem> problems;

    public InvalidPlatformModelException(List<ValidationProblem> problems, Locale locale) {
        super(describe(problems, locale));
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> getProblems() {
        return problems;
    }

    private static String describe(List<ValidationProblem> problems, Locale locale) {
        return Messages.get(locale, "InvalidPlatformModel.header", problems.size())
                + problems.stream().map(problem -> "\n  - " + problem.format(locale)).collect(Collectors.joining());
    }
}
