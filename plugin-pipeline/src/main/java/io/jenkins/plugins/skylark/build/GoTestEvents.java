package io.jenkins.plugins.skylark.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the event stream of {@code go test -json} into test counts, as JUnit reports would give them:
 * one test per {@code pass}/{@code fail}/{@code skip} event that names a test (subtests included), the
 * failure message being the test's first output line that is not go's own {@code ===}/{@code ---}
 * marker. The events' {@code Output} text goes to the log; a line that is not an event (a build error
 * printed by go) goes there as it is.
 */
final class GoTestEvents implements Consumer<String> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<String> log;
    private final Map<String, String> firstOutput = new HashMap<>();
    private final List<TestFailure> failures = new ArrayList<>();
    private int total;
    private int failed;
    private int skipped;

    GoTestEvents(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void accept(String line) {
        JsonNode event = parse(line);
        if (event == null) {
            log.accept(line);
            return;
        }
        String action = event.path("Action").asText();
        String test = event.path("Test").asText("");
        String pkg = event.path("Package").asText("");
        if (action.equals("output")) {
            String output = event.path("Output").asText("").stripTrailing();
            log.accept(output);
            String trimmed = output.strip();
            if (!test.isEmpty() && !trimmed.isEmpty() && !trimmed.startsWith("===") && !trimmed.startsWith("---")) {
                firstOutput.putIfAbsent(pkg + " " + test, trimmed);
            }
        } else if (!test.isEmpty()) {
            switch (action) {
                case "pass" -> total++;
                case "skip" -> {
                    total++;
                    skipped++;
                }
                case "fail" -> {
                    total++;
                    failed++;
                    failures.add(new TestFailure(pkg, test, firstOutput.get(pkg + " " + test), false));
                }
                default -> {
                    // run, pause, cont, bench: no outcome yet
                }
            }
        }
    }

    TestSummary summary() {
        return new TestSummary(total, failed, 0, skipped, failures);
    }

    private static JsonNode parse(String line) {
        if (!line.startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.has("Action") ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
