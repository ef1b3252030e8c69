package io.jenkins.plugins.skylark.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.metrics.dora.Incident;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IncidentIntervalsTest {

    /** Rows: name, changes as "O@hour" / "R@hour" in arrival order, expected intervals "open-resolved" in hours. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("open then resolved", "O@1 R@3", List.of("1-3")),
                Arguments.of("still open", "O@1", List.of("1-")),
                Arguments.of("reopened and resolved again", "O@1 R@2 O@5 R@6", List.of("1-2", "5-6")),
                Arguments.of("reopened, still open", "O@1 R@2 O@5", List.of("1-2", "5-")),
                Arguments.of("arrived out of order", "R@3 O@1", List.of("1-3")),
                Arguments.of("opened twice", "O@1 O@2 R@3", List.of("1-3")),
                Arguments.of("resolved twice", "O@1 R@3 R@4", List.of("1-3")),
                Arguments.of("resolved before opened", "O@5 R@2", List.of("5-2")),
                Arguments.of("early resolution, later one wins", "R@2 O@5 R@7", List.of("5-7")),
                Arguments.of("resolved, never opened", "R@2", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldFoldChangesIntoIntervals(String name, String changes, List<String> expected) {
        List<Incident> intervals = IncidentIntervals.fold("shop", "production", "INC-1", parse(changes));

        assertThat(intervals).extracting(IncidentIntervalsTest::hours).containsExactlyElementsOf(expected);
    }

    private static List<IncidentChange> parse(String changes) {
        List<IncidentChange> parsed = new ArrayList<>();
        for (String change : changes.split(" ")) {
            parsed.add(new IncidentChange("INC-1", change.startsWith("O"), hour(Integer.parseInt(change.substring(2)))));
        }
        return parsed;
    }

    private static String hours(Incident incident) {
        return hourOf(incident.openedAt()) + "-" + (incident.resolvedAt() == null ? "" : hourOf(incident.resolvedAt()));
    }

    private static Instant hour(int hour) {
        return Instant.parse("2025-03-03T00:00:00Z").plusSeconds(3600L * hour);
    }

    private static long hourOf(Instant instant) {
        return (instant.getEpochSecond() - hour(0).getEpochSecond()) / 3600;
    }
}
