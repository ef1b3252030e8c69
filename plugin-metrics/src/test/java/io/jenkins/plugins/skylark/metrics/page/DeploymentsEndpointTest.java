package io.jenkins.plugins.skylark.metrics.page;

import static io.jenkins.plugins.skylark.metrics.page.PageHistory.get;
import static io.jenkins.plugins.skylark.metrics.page.PageHistory.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deployments behind a figure: the selection's records, newest first, with build, version and commits. */
class DeploymentsEndpointTest {

    @RegisterExtension
    static final RecordedHistory HISTORY = new RecordedHistory();

    private static JsonNode deployments(String... params) {
        MetricsAccess access = MetricsAccess.root(Viewers.reading("ann", "retail"), PageHistory.FOLDERS);
        return json(get(HISTORY.page().deployments(access), Locale.ENGLISH, params));
    }

    private static List<Instant> times(JsonNode answer) {
        List<Instant> times = new ArrayList<>();
        answer.get("deployments").forEach(d -> times.add(Instant.parse(d.get("at").asText())));
        return times;
    }

    @Test
    void shouldListTheDeploymentsOfTheSelectionNewestFirstWithBuildVersionAndCommits() {
        JsonNode answer = deployments("application", "shop", "period", PageHistory.PERIOD);

        JsonNode newest = answer.get("deployments").get(0);
        assertThat(answer.get("truncated").asBoolean()).isFalse();
        assertThat(times(answer)).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(answer.get("deployments")).allSatisfy(d -> {
            assertThat(d.get("application").asText()).isEqualTo("shop");
            assertThat(d.get("environment").asText()).isEqualTo("production");
            assertThat(d.get("project").asText()).isEqualTo("retail");
        });
        assertThat(newest.get("buildUrl").asText()).startsWith("https://jenkins.example/job/shop/");
        assertThat(newest.get("version").asText()).startsWith("registry.example/shop:");
        assertThat(answer.findValues("commitIds")).anySatisfy(ids -> assertThat(ids).isNotEmpty());
    }

    @Test
    void shouldNarrowToOneWeekOfThePeriod() {
        JsonNode answer = deployments("application", "shop", "period", PageHistory.PERIOD, "week", "2026-W42");

        assertThat(answer.get("period").asText()).isEqualTo("2026-W42");
        assertThat(times(answer)).isNotEmpty().allSatisfy(at -> assertThat(ZonedDateTime.ofInstant(at,
                PageHistory.ZONE).toLocalDate()).isBetween("2026-10-12", "2026-10-18"));
    }

    @Test
    void shouldSayWhenMoreThanTheLimitExist() {
        JsonNode answer = deployments("environment", "*", "period", PageHistory.PERIOD, "limit", "5");

        assertThat(answer.get("deployments")).hasSize(5);
        assertThat(answer.get("truncated").asBoolean()).isTrue();
        assertThat(answer.findValuesAsText("application")).doesNotContain("ledger", "legacy");
    }
}
