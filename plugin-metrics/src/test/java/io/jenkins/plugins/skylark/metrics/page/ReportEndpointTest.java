package io.jenkins.plugins.skylark.metrics.page;

import static io.jenkins.plugins.skylark.metrics.page.PageHistory.get;
import static io.jenkins.plugins.skylark.metrics.page.PageHistory.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import io.jenkins.plugins.skylark.metrics.dora.PeriodParser;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import io.jenkins.plugins.skylark.metrics.report.JsonReportWriter;
import io.jenkins.plugins.skylark.metrics.store.DeliveryStore;
import io.jenkins.plugins.skylark.web.ApiResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The report endpoint answers the engine's figures for what the viewer may see, in the JSON report's form. */
class ReportEndpointTest {

    @RegisterExtension
    static final RecordedHistory HISTORY = new RecordedHistory();

    /** The JSON report the {@code deliveryReport} step writes for one application of the store. */
    private static JsonNode engineReport(String application, String environment, String period) {
        ReportPeriod parsed = new PeriodParser(PageHistory.ZONE, PageHistory.NOW, Locale.ENGLISH).parse(period);
        MetricsScope scope = new MetricsScope(application, environment);
        DeliveryHistory history = new DeliveryStore(HISTORY.database()).history(scope, parsed.endInstant());
        DoraReport report = PageHistory.ENGINE.compute(history, scope, parsed);
        return new JsonReportWriter().tree(report, PageHistory.NOW);
    }

    private static ObjectNode withoutTrend(ApiResponse response) {
        ObjectNode report = (ObjectNode) json(response);
        report.remove("trend");
        return report;
    }

    @Test
    void shouldAnswerTheEngineReportOfAnApplicationOfAVisibleProject() {
        MetricsAccess access = MetricsAccess.root(Viewers.reading("ann", "retail"), PageHistory.FOLDERS);

        ApiResponse response = get(HISTORY.page().report(access), Locale.ENGLISH, "project", "retail",
                "application", "shop", "environment", "*", "period", PageHistory.PERIOD, "zone", "Asia/Shanghai");

        assertThat(response.status()).isEqualTo(200);
        assertThat(withoutTrend(response).toString()).isEqualTo(engineReport("shop", "*", PageHistory.PERIOD).toString());
        assertThat(json(response).at("/total/deployments").asInt()).isGreaterThan(20);
    }

    @Test
    void shouldGiveAnAdministratorEverythingIncludingEventsWithoutAProject() {
        MetricsAccess access = MetricsAccess.root(Viewers.administrator(), PageHistory.FOLDERS);

        ApiResponse response = get(HISTORY.page().report(access), Locale.ENGLISH, "application", "*",
                "environment", "*", "period", PageHistory.PERIOD);

        assertThat(withoutTrend(response).toString()).isEqualTo(engineReport("*", "*", PageHistory.PERIOD).toString());
        assertThat(json(response).get("series").findValuesAsText("application")).contains("legacy", "ledger");
    }

    @Test
    void shouldShowOnTheRootOnlyTheProjectsOfReadableFolders() {
        MetricsAccess access = MetricsAccess.root(Viewers.reading("ann", "retail/web"), PageHistory.FOLDERS);

        JsonNode report = json(get(HISTORY.page().report(access), Locale.ENGLISH, "environment", "*",
                "period", PageHistory.PERIOD));

        assertThat(report.get("series").findValuesAsText("application")).containsOnly("shop", "cart");
    }

    @Test
    void shouldShowOnAFolderPageOnlyItsProject() {
        MetricsAccess access = MetricsAccess.folder(Viewers.administrator(), PageHistory.FOLDERS.get(2));

        JsonNode report = json(get(HISTORY.page().report(access), Locale.ENGLISH, "environment", "*",
                "period", PageHistory.PERIOD));

        assertThat(report.get("series").findValuesAsText("application")).containsExactly("ledger");
    }

    @Test
    void shouldGiveEachWeekOfTheTrendTheFiguresOfThatWeekAlone() {
        MetricsAccess access = MetricsAccess.root(Viewers.reading("ann", "retail"), PageHistory.FOLDERS);

        JsonNode trend = json(get(HISTORY.page().report(access), Locale.ENGLISH, "application", "shop",
                "period", PageHistory.PERIOD)).get("trend");

        assertThat(trend).hasSize(8);
        for (String week : List.of("2026-W40", "2026-W43", "2026-W47")) {
            JsonNode row = trend.findParents("week").stream().filter(r -> r.get("week").asText().equals(week))
                    .findFirst().orElseThrow();
            JsonNode alone = engineReport("shop", null, week).get("total");
            assertThat(row.get("deployments").asInt()).isEqualTo(alone.get("deployments").asInt());
            assertThat(row.get("failedDeployments").asInt()).isEqualTo(alone.get("failedDeployments").asInt());
            assertThat(row.get("changeFailRate").asText()).isEqualTo(alone.get("changeFailRate").asText());
            assertThat(row.get("leadTimeMedianSeconds").asText()).isEqualTo(alone.at("/leadTime/medianSeconds").asText());
            assertThat(row.get("recoveryMedianSeconds").asText())
                    .isEqualTo(alone.at("/recoveryTime/medianSeconds").asText());
        }
    }

    @Test
    void shouldLimitTheTrendToTheLatestWeeksOfALongPeriod() {
        MetricsAccess access = MetricsAccess.root(Viewers.administrator(), PageHistory.FOLDERS);

        JsonNode trend = json(get(HISTORY.page().report(access), Locale.ENGLISH, "period",
                "last-52-weeks")).get("trend");

        assertThat(trend).hasSize(WeeklyTrend.MAX_WEEKS);
        assertThat(trend.get(WeeklyTrend.MAX_WEEKS - 1).get("week").asText()).isEqualTo("2026-W47");
    }
}
