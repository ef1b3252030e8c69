package io.jenkins.plugins.skylark.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.delivery.PreviousDeploymentInfo;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LastSuccessfulDeploymentTest {

    /** Rows: name, deployments oldest first as OUTCOME:commit ("-" = no commit), expected base commit. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("first deployment", "", null),
                Arguments.of("last success", "SUCCEEDED:c1 SUCCEEDED:c2", "c2"),
                Arguments.of("rolled back", "SUCCEEDED:c1 SUCCEEDED:c2 ROLLED_BACK:c1", "c1"),
                Arguments.of("two rollbacks unwind two", "SUCCEEDED:c1 SUCCEEDED:c2 SUCCEEDED:c3 ROLLED_BACK:- ROLLED_BACK:-", "c1"),
                Arguments.of("failed is not a success", "SUCCEEDED:c1 FAILED:c2", "c1"),
                Arguments.of("rollback of the failed one", "SUCCEEDED:c1 FAILED:c2 ROLLED_BACK:c1", "c1"),
                Arguments.of("never served is nothing", "SUCCEEDED:c1 NOT_SERVED:c2 ROLLED_BACK:-", null),
                Arguments.of("without commit skipped", "SUCCEEDED:c1 SUCCEEDED:-", "c1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldFindTheLastSuccessfulDeployment(String name, String deployments, String expected) {
        Optional<PreviousDeploymentInfo> previous = LastSuccessfulDeployment.find(parse(deployments));

        assertThat(previous.map(PreviousDeploymentInfo::commitId)).isEqualTo(Optional.ofNullable(expected));
    }

    private static List<LastSuccessfulDeployment.Entry> parse(String deployments) {
        List<LastSuccessfulDeployment.Entry> entries = new ArrayList<>();
        Instant at = Instant.parse("2025-03-01T00:00:00Z");
        for (String deployment : deployments.isBlank() ? new String[0] : deployments.split(" ")) {
            String[] parts = deployment.split(":");
            at = at.plusSeconds(3600);
            entries.add(new LastSuccessfulDeployment.Entry(DeploymentOutcome.valueOf(parts[0]),
                    "-".equals(parts[1]) ? null : parts[1], at));
        }
        return entries;
    }
}
