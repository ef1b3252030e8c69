package io.jenkins.plugins.skylark.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DeliveryReportServiceTest {

    private final DeliveryReportService service = new DeliveryReportService();

    @Test
    void shouldWriteHtmlWithItsStylesheet() {
        List<ReportFile> files = service.render(ReportFixtures.history(), ReportFixtures.request("html", Locale.ENGLISH));

        assertThat(files).extracting(ReportFile::name).containsExactly("delivery-report.html", "delivery-report.css");
        assertThat(files.get(0).text()).contains("<link rel=\"stylesheet\" href=\"delivery-report.css\"/>");
        assertThat(files.get(1).text()).contains(".level-elite");
    }

    @Test
    void shouldWriteOneFileForJsonAndCsv() {
        assertThat(service.render(ReportFixtures.history(), ReportFixtures.request("JSON", Locale.ENGLISH)))
                .extracting(ReportFile::name).containsExactly("delivery-report.json");
        assertThat(service.render(ReportFixtures.history(), ReportFixtures.request("csv", Locale.ENGLISH)))
                .extracting(ReportFile::name).containsExactly("delivery-report.csv");
    }

    @Test
    void shouldNameTheFieldOfABadFormat() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> service.render(ReportFixtures.history(), ReportFixtures.request("pdf", Locale.ENGLISH)))
                .withMessage("Field 'format': expected 'html', 'json' or 'csv', got 'pdf'.");
    }

    @Test
    void shouldNameTheFieldOfABadPeriodInTheReportLanguage() {
        ReportRequest request = new ReportRequest("html", "shop", null, "2026-13", ReportFixtures.ZONE,
                Locale.SIMPLIFIED_CHINESE, ReportFixtures.NOW);

        assertThatIllegalArgumentException().isThrownBy(() -> service.render(ReportFixtures.history(), request))
                .withMessageContaining("字段“period”").withMessageContaining("2026-13");
    }

    @Test
    void shouldWriteTheReportInChinese() {
        String html = service.render(ReportFixtures.history(), ReportFixtures.request("html", Locale.SIMPLIFIED_CHINESE))
                .get(0).text();

        assertThat(html).contains("<html lang=\"zh-CN\">", "交付报告", "部署频率", "变更前置时间");
    }

    @Test
    void shouldShowNoDataInsteadOfABandWhenNothingWasDeployed() {
        ReportRequest request = new ReportRequest("html", "new-app", null, "last-4-weeks", ReportFixtures.ZONE,
                Locale.ENGLISH, ReportFixtures.NOW);

        String html = service.render(new DeliveryHistory(List.of(), List.of()), request).get(0).text();

        assertThat(html).contains("No deployments in this period", "No lead-time samples in this period",
                "<p class=\"level level-no_data\">No data</p>", "<p class=\"level level-low\">Low</p>")
                .doesNotContain("level-elite", "class=\"bar ");
    }
}
