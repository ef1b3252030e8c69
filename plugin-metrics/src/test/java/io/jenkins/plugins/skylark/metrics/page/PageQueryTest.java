package io.jenkins.plugins.skylark.metrics.page;

import static io.jenkins.plugins.skylark.metrics.page.PageHistory.get;
import static io.jenkins.plugins.skylark.metrics.page.PageHistory.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.web.ApiResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad selections are a 400 naming the field, in the viewer's language, before anything is read. */
class PageQueryTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    @RegisterExtension
    static final RecordedHistory HISTORY = new RecordedHistory();

    private static ApiResponse report(Locale locale, String... params) {
        return get(HISTORY.page().report(MetricsAccess.root(Viewers.administrator(), PageHistory.FOLDERS)),
                locale, params);
    }

    private static ApiResponse deployments(String... params) {
        return get(HISTORY.page().deployments(
                MetricsAccess.root(Viewers.administrator(), PageHistory.FOLDERS)), Locale.ENGLISH, params);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"period, last-week", "period, 2026-W60", "period, 2026-11-30..2026-10-01", "zone, Mars/Olympus",
        "zone, +25:00"})
    void shouldRefuseABadFieldNamingIt(String field, String value) {
        ApiResponse response = report(Locale.ENGLISH, field, value);

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).contains("'" + field + "'");
    }

    @Test
    void shouldRefuseATooLongName() {
        ApiResponse response = report(Locale.ENGLISH, "environment", "e".repeat(PageQuery.MAX_NAME_LENGTH + 1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).contains("'environment'");
    }

    @Test
    void shouldNameTheFieldInChinese() {
        ApiResponse response = report(CHINESE, "zone", "Mars/Olympus");

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).contains("字段“zone”", "Mars/Olympus");
    }

    @Test
    void shouldUseTheConfiguredZoneAndTwelveWeeksByDefault() {
        var period = json(report(Locale.ENGLISH)).get("period");

        assertThat(period.get("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(period.get("text").asText()).isEqualTo(PageQuery.DEFAULT_PERIOD);
        assertThat(period.get("end").asText()).isEqualTo("2026-11-22");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"week, 2026-W30", "week, next", "limit, 0", "limit, 501", "limit, many"})
    void shouldRefuseABadDeploymentsFieldNamingIt(String field, String value) {
        ApiResponse response = deployments("period", PageHistory.PERIOD, field, value);

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).contains("'" + field + "'", value);
    }
}
