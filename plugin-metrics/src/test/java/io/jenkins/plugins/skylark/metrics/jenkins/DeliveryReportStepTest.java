package io.jenkins.plugins.skylark.metrics.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.AbortException;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Three deployments of shop to production in ISO week 2026-W10 (2 to 8 March), one to staging. */
class DeliveryReportStepTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @AfterEach
    void closeStore() {
        MetricsConfiguration.get().closeDatabase();
    }

    @Test
    void shouldWriteTheHtmlPageAndItsStylesheetIntoTheWorkspace() throws Exception {
        StepRunner build = buildWithDeployments();

        Object path = build.run(report("html", "2026-W10"));

        assertThat(path).isEqualTo("delivery-report.html");
        assertThat(workspace(build).resolve("delivery-report.css")).isNotEmptyFile();
        assertThat(Files.readString(workspace(build).resolve("delivery-report.html")))
                .contains("href=\"delivery-report.css\"", "shop", "2026-W10");
        assertThat(build.log()).contains("delivery report written to delivery-report.html");
    }

    @Test
    void shouldReportTheDeploymentFrequencyThatWasRecorded() throws Exception {
        StepRunner build = buildWithDeployments();

        build.run(report("json", "2026-W10..2026-W11"));

        JsonNode total = new ObjectMapper().readTree(workspace(build).resolve("delivery-report.json").toFile()).get("total");
        assertThat(total.get("deployments").asInt()).isEqualTo(3);
        assertThat(total.get("deploymentsPerWeek").asDouble()).isEqualTo(1.5);
    }

    @Test
    void shouldWriteOneCsvRowPerSeriesAndTheTotalIntoTheOutputFolder() throws Exception {
        StepRunner build = buildWithDeployments();
        DeliveryReportStep step = report("csv", "2026-W10");
        step.setOutputDir("reports/dora");

        assertThat(build.run(step)).isEqualTo("reports/dora/delivery-report.csv");

        assertThat(Files.readAllLines(workspace(build).resolve("reports/dora/delivery-report.csv")))
                .hasSize(3)
                .anySatisfy(row -> assertThat(row).startsWith("shop,production,2026-03-02,2026-03-08,UTC,3,3.00"));
    }

    @ParameterizedTest
    @CsvSource({"pdf, last-4-weeks, Field 'format'", "html, last-0-weeks, Field 'period'",
        "json, 2026-W10..2026-W09, Field 'period'"})
    void shouldFailOnABadOptionBeforeWritingAnything(String format, String period, String message) throws Exception {
        StepRunner build = buildWithDeployments();
        DeliveryReportStep step = report(format, period);
        step.setOutputDir("reports");

        assertThatThrownBy(() -> build.run(step)).isInstanceOf(AbortException.class).hasMessageContaining(message);
        assertThat(workspace(build).resolve("reports")).doesNotExist();
    }

    @Test
    void shouldRefuseAnOutputFolderOutsideTheWorkspace() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/report"));
        DeliveryReportStep step = report("json", "2026-W10");
        step.setOutputDir("../elsewhere");

        assertThatThrownBy(() -> build.run(step)).hasMessageContaining("Field 'outputDir'");
    }

    @Test
    void shouldReportTheEnvironmentOfTheEnclosingWithPlatform() throws Exception {
        StepRunner build = buildWithDeployments();
        DeliveryReportStep step = report("json", "2026-W10");

        build.run(new WithPlatformContextStep("retail", "staging"), body -> build.run(step, body));

        JsonNode json = new ObjectMapper().readTree(workspace(build).resolve("delivery-report.json").toFile());
        assertThat(json.at("/scope/environment").asText()).isEqualTo("staging");
        assertThat(json.at("/total/deployments").asInt()).isEqualTo(1);
    }

    private StepRunner buildWithDeployments() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/report"));
        build.run(deploy("production", "v1", "2026-03-02T09:00:00Z"));
        build.run(deploy("production", "v2", "2026-03-04T09:00:00Z"));
        build.run(deploy("production", "v3", "2026-03-08T22:00:00Z"));
        build.run(deploy("staging", "v3", "2026-03-05T09:00:00Z"));
        return build;
    }

    private static RecordDeliveryStep deploy(String environment, String version, String time) {
        RecordDeliveryStep step = new RecordDeliveryStep("DEPLOYED", "shop");
        step.setEnvironment(environment);
        step.setVersion(version);
        step.setOccurredAt(time);
        return step;
    }

    private static DeliveryReportStep report(String format, String period) {
        DeliveryReportStep step = new DeliveryReportStep();
        step.setFormat(format);
        step.setApplication("shop");
        step.setPeriod(period);
        step.setLocale("en");
        return step;
    }

    private static Path workspace(StepRunner build) {
        return Path.of(build.workspace().getRemote());
    }
}
