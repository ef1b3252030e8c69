package io.jenkins.plugins.skylark.release;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one parse, so a user sees every mistake of a release file at once. Knows the file
 * and, for YAML, the line of every field path.
 */
final class PlanReport {

    private final String file;
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<ReleaseProblem> problems = new ArrayList<>();

    /** @param file the release file's name, {@code null} for values from a Jenkinsfile */
    PlanReport(String file) {
        this.file = file;
    }

    /** Remembers where the value at {@code path} is written (1-based line). */
    void line(String path, int line) {
        lines.put(path, line);
    }

    void add(String path, String key, Object... args) {
        problems.add(new ReleaseProblem(file, path, lines.getOrDefault(path, 0), key,
                Arrays.stream(args).map(String::valueOf).toList()));
    }

    int size() {
        return problems.size();
    }

    /** Throws when any problem was found. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ReleasePlanException(problems);
        }
    }
}
