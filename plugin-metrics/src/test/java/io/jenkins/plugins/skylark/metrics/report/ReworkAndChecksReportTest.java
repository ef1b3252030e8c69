package io.jenkins.plugins.skylark.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.jenkins.plugins.skylark.metrics.dora.CheckResult;
import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import io.jenkins.plugins.skylark.metrics.dora.IncidentLinks;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rework rate and the check lines in the JSON, CSV and HTML reports. */
class ReworkAndChecksReportTest {

    private static final Instant AFTER_INC_7 = Instant.parse("2026-10-14T10:00:00Z");

    private static DeliveryHistory history(boolean withLinksAndChecks) {
        DeliveryHistory base = ReportFixtures.history();
        List<Deployment> deployments = new ArrayList<>(base.deployments());
        deployments.add(new Deployment("shop-rework", "shop", "production", AFTER_INC_7, DeploymentOutcome.SUCCEEDED,
                "registry.example/shop:1.2@sha256:9", List.of(), List.of("SHOP-9")));
        if (!withLinksAndChecks) {
            return new DeliveryHistory(deployments, base.incidents());
        }
        return new DeliveryHistory(deployments, base.incidents(),
                List.of(new IncidentLinks("INC-7", "shop", "production", Set.of("SHOP-9"), Set.of())),
                List.of(new CheckResult(CheckResult.Kind.QUALITY_GATE, "shop", AFTER_INC_7, "1.2",
                                Map.of("status", "ERROR", "failedConditions", "3", "dashboardUrl", "https://sonar/x")),
                        new CheckResult(CheckResult.Kind.IMAGE_SCANNED, ReportFixtures.HOSTILE, AFTER_INC_7,
                                "registry.example/h@sha256:1", Map.of("status", "FAILED", "critical", "2"))));
    }

    private static String render(String format, DeliveryHistory history, Locale locale) {
        return new String(new DeliveryReportService().render(history, ReportFixtures.request(format, locale)).get(0)
                .content(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteTheReworkRateAndTheCheckLinesInJsonThatMatchTheSchema() throws Exception {
        JsonNode report = new ObjectMapper().readTree(render("json", history(true), Locale.ENGLISH));

        try (InputStream in = JsonReportWriter.class.getResourceAsStream("report-schema-v1.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config)
                    .validate(report)).isEmpty();
        }
        JsonNode shop = report.at("/series/1/figures/rework");
        assertThat(report.at("/series/1/application").asText()).isEqualTo("shop");
        assertThat(shop.get("reworkDeployments").asInt()).isEqualTo(1);
        assertThat(shop.get("linked").asBoolean()).isTrue();
        assertThat(shop.get("rate").asDouble()).isEqualTo(1.0 / shop.get("deployments").asInt());
        assertThat(report.at("/checks/1/application").asText()).isEqualTo("shop");
        assertThat(report.at("/checks/1/qualityGate/failedConditions").asInt()).isEqualTo(3);
        assertThat(report.at("/checks/0/imageScan/counts/critical").asInt()).isEqualTo(2);
        assertThat(report.at("/checks/0/qualityGate").isNull()).isTrue();
    }

    @Test
    void shouldSayNoDataWithoutIncidentLinksAndLeaveTheCheckLinesOut() throws Exception {
        JsonNode report = new ObjectMapper().readTree(render("json", history(false), Locale.ENGLISH));

        assertThat(report.at("/total/rework/rate").isNull()).isTrue();
        assertThat(report.at("/total/rework/linked").asBoolean()).isFalse();
        assertThat(report.has("checks")).isFalse();
        assertThat(render("html", history(false), Locale.ENGLISH)).doesNotContain("class=\"checks\"")
                .contains("no incident with JIRA links in this period");
    }

    @Test
    void shouldAppendTheReworkColumnsToTheCsv() {
        List<String> lines = render("csv", history(true), Locale.ENGLISH).lines().toList();

        assertThat(lines.get(0)).endsWith(",rework_deployments,rework_rate");
        assertThat(lines).anyMatch(line -> line.startsWith("shop,") && line.contains(",1,0.")).last().asString()
                .startsWith("*,");
    }

    @Test
    void shouldShowTheReworkCardAndTheEscapedCheckLinesInHtmlInBothLanguages() {
        String english = render("html", history(true), Locale.ENGLISH);
        String chinese = render("html", history(true), Locale.SIMPLIFIED_CHINESE);

        assertThat(english).contains("id=\"card-rework-rate\"", "Deployment rework rate",
                "ERROR, 3 failed conditions (version 1.2)", "FAILED: critical 2, high 0")
                .doesNotContain(ReportFixtures.HOSTILE);
        assertThat(chinese).contains("部署返工率", "ERROR，3 个条件未通过（版本 1.2）", "严重 2");
    }
}
