package io.jenkins.plugins.skylark.metrics.page;

import static io.jenkins.plugins.skylark.metrics.page.PageHistory.get;
import static io.jenkins.plugins.skylark.metrics.page.PageHistory.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the selectors offer, the first selection and the page's texts in the viewer's language. */
class OptionsEndpointTest {

    @RegisterExtension
    static final RecordedHistory HISTORY = new RecordedHistory();

    private static JsonNode options(Locale locale, String... params) {
        MetricsAccess access = MetricsAccess.root(Viewers.reading("ann", "retail", "bank"), PageHistory.FOLDERS);
        return json(get(HISTORY.page().options(access), locale, params));
    }

    @Test
    void shouldOfferTheApplicationsAndEnvironmentsOfTheVisibleProjects() {
        JsonNode options = options(Locale.ENGLISH);

        assertThat(options.get("projects").toString()).isEqualTo("[\"bank\",\"retail\"]");
        assertThat(options.get("applications").toString()).isEqualTo("[\"cart\",\"ledger\",\"shop\"]");
        assertThat(options.get("environments").toString()).isEqualTo("[\"production\",\"staging\"]");
        assertThat(options.get("folder").isNull()).isTrue();
    }

    @Test
    void shouldNarrowTheApplicationsToTheChosenProject() {
        assertThat(options(Locale.ENGLISH, "project", "bank").get("applications").toString())
                .isEqualTo("[\"ledger\"]");
    }

    @Test
    void shouldStartWithProductionTheConfiguredZoneAndTwelveWeeks() {
        JsonNode defaults = options(Locale.ENGLISH).get("defaults");

        assertThat(defaults.get("application").asText()).isEqualTo("*");
        assertThat(defaults.get("environment").asText()).isEqualTo("production");
        assertThat(defaults.get("period").asText()).isEqualTo("last-12-weeks");
        assertThat(defaults.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(options(Locale.ENGLISH).get("zones").get(0).asText()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void shouldGiveTheReportLabelsAndThePageTextsInTheViewersLanguage() {
        JsonNode english = options(Locale.ENGLISH).get("messages");
        JsonNode chinese = options(Locale.SIMPLIFIED_CHINESE).get("messages");

        assertThat(english.get("metric.leadTime").asText()).isEqualTo("Change lead time");
        assertThat(english.get("page.trend.title").asText()).isEqualTo("Week by week");
        assertThat(chinese.get("metric.leadTime").asText()).isEqualTo("变更前置时间");
        assertThat(chinese.get("page.trend.title").asText()).isEqualTo("逐周趋势");
    }
}
