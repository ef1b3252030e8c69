package io.jenkins.plugins.skylark.release;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A release plan that breaks one or more rules; the message lists every problem, one per line. */
public class ReleasePlanException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<ReleaseProblem> problems;

    public ReleasePlanException(List<ReleaseProblem> problems) {
        super(describe(problems, Locale.getDefault()));
        this.problems = List.copyOf(problems);
    }

    public List<ReleaseProblem> problems() {
        return problems;
    }

    /** The problems in the viewer's language, for form validation. */
    public String message(Locale locale) {
        return describe(problems, locale);
    }

    private static String describe(List<ReleaseProblem> problems, Locale locale) {
        return problems.stream().map(problem -> problem.message(locale)).collect(Collectors.joining("\n"));
    }
}
