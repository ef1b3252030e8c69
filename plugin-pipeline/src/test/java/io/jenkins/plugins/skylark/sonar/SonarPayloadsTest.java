package io.jenkins.plugins.skylark.sonar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SonarPayloadsTest {

    @Test
    void shouldReadTheWebhookTaskAndGateWithConditionsAsTheApiWritesThem() {
        SonarWebhookPayload payload = SonarWebhookPayload.parse(SonarSimulator.fixture("webhook-ok.json")
                .replace("SERVER_URL", "https://sonar.example.com"));

        assertThat(payload.taskId()).isEqualTo(SonarSimulator.TASK);
        assertThat(payload.taskStatus()).isEqualTo("SUCCESS");
        assertThat(payload.serverUrl()).isEqualTo("https://sonar.example.com");
        assertThat(payload.projectKey()).isEqualTo("shop_orders");
        assertThat(payload.qualityGate().status()).isEqualTo("OK");
        assertThat(payload.qualityGate().conditions()).containsExactly(
                new GateCondition("new_coverage", "LT", "80", "91.2", "OK"),
                new GateCondition("new_reliability_rating", "GT", "1", "1", "OK"),
                new GateCondition("new_duplicated_lines_density", "GT", "3", null, "NO_VALUE"));
    }

    @Test
    void shouldRefuseABodyThatIsNoWebhookPayload() {
        assertThatThrownBy(() -> SonarWebhookPayload.parse("<html>")).hasMessage("The SonarQube webhook body is not JSON.");
        assertThatThrownBy(() -> SonarWebhookPayload.parse("{\"status\":\"SUCCESS\"}"))
                .hasMessage("The SonarQube webhook body has no taskId.");
    }

    @Test
    void shouldReadTheScannersReportTask() {
        ReportTask report = ReportTask.parse("""
                projectKey=shop_orders
                serverUrl=http://sonar:9000
                serverVersion=2025.1.0.102418
                dashboardUrl=http://sonar:9000/dashboard?id=shop_orders
                ceTaskId=AU-Tpxb--iU5OvuD2FLy
                ceTaskUrl=http://sonar:9000/api/ce/task?id=AU-Tpxb--iU5OvuD2FLy
                """);

        assertThat(report).isEqualTo(new ReportTask(SonarSimulator.TASK, "http://sonar:9000/dashboard?id=shop_orders",
                "http://sonar:9000", "shop_orders"));
        assertThatThrownBy(() -> ReportTask.parse("projectKey=x\n")).hasMessageContaining("names no ceTaskId");
    }
}
