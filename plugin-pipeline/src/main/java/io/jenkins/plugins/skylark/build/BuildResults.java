package io.jenkins.plugins.skylark.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The step's result for the Jenkinsfile, in plain maps, lists, strings and numbers (which Pipeline keeps
 * in its program): {@code [tool, command, tests: [total, failed, errors, skipped, failures: [[className, name,
 * message]]], artifacts: [[path, size, sha256]]]}.
 */
public final class BuildResults {
    private BuildResults() {
    }

    public static Map<String, Object> toMap(BuildOutcome outcome) {
        Map<String, Object> tests = new LinkedHashMap<>();
        tests.put("total", outcome.tests().total());
        tests.put("failed", outcome.tests().failed());
        tests.put("errors", outcome.tests().errors());
        tests.put("skipped", outcome.tests().skipped());
        List<Object> failures = new ArrayList<>();
        for (TestFailure failure : outcome.tests().failures()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("className", failure.className());
            entry.put("name", failure.name());
            entry.put("message", failure.message());
            failures.add(entry);
        }
        tests.put("failures", failures);
        List<Object> artifacts = new ArrayList<>();
        for (Artifact artifact : outcome.artifacts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", artifact.path());
            entry.put("size", artifact.size());
            entry.put("sha256", artifact.sha256());
            artifacts.add(entry);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tool", outcome.tool().userName());
        result.put("command", outcome.command());
        result.put("tests", tests);
        result.put("artifacts", artifacts);
        return result;
    }
}
