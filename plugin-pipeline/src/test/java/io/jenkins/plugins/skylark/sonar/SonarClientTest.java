package io.jenkins.plugins.skylark.sonar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SonarClientTest {
    private final SonarSimulator sonar = new SonarSimulator();
    private final SonarClient client = new SonarClient(sonar.url() + "/", "squ_secret_token");

    @AfterEach
    void stop() {
        sonar.close();
    }

    @Test
    void shouldReadTheTaskAndTheGateWithTheTokenAsLogin() throws Exception {
        sonar.task("ce-task-success.json").gate("project-status-error.json");

        CeTask task = client.task(SonarSimulator.TASK);
        QualityGate gate = client.projectStatus(task.analysisId());

        assertThat(task).isEqualTo(new CeTask(SonarSimulator.TASK, "SUCCESS", SonarSimulator.ANALYSIS, null));
        assertThat(gate.status()).isEqualTo("ERROR");
        assertThat(gate.failedConditions()).containsExactly(
                new GateCondition("new_coverage", "LT", "85", "82.50562381034781", "ERROR"),
                new GateCondition("new_blocker_violations", "GT", "0", "14", "ERROR"));
        String expected = "Basic " + Base64.getEncoder().encodeToString("squ_secret_token:".getBytes(StandardCharsets.UTF_8));
        assertThat(sonar.requests(SonarSimulator.TASK_PATH).get(0).getHeader("Authorization")).isEqualTo(expected);
    }

    @Test
    void shouldReadAFailedTasksErrorMessage() throws Exception {
        sonar.task("ce-task-failed.json");

        assertThat(client.task(SonarSimulator.TASK).errorMessage())
                .isEqualTo("Fail to extract report AU-Tpxb--iU5OvuD2FLy from database");
    }

    @Test
    void shouldNameTheCauseOfEachErrorWithSonarQubesMessageAndNeverTheToken() {
        sonar.answer(SonarSimulator.TASK_PATH, 401, "error-unauthorized.json");
        assertThatThrownBy(() -> client.task(SonarSimulator.TASK)).isInstanceOf(SonarException.class)
                .hasMessageContaining("401 Unauthorized").hasMessageContaining("Authentication is required")
                .hasMessageNotContaining("squ_secret_token")
                .satisfies(e -> assertThat(((SonarException) e).isTransient()).isFalse());

        sonar.answer(SonarSimulator.TASK_PATH, 403, "error-forbidden.json");
        assertThatThrownBy(() -> client.task(SonarSimulator.TASK))
                .hasMessageContaining("403 Forbidden").hasMessageContaining("Browse permission")
                .hasMessageContaining("Insufficient privileges");

        sonar.answer(SonarSimulator.TASK_PATH, 404, "error-task-not-found.json");
        assertThatThrownBy(() -> client.task(SonarSimulator.TASK))
                .hasMessageContaining("404 Not Found").hasMessageContaining("No activity found for task");
    }

    @Test
    void shouldCallA503TransientAndARefusedConnectionToo() {
        sonar.answer(SonarSimulator.TASK_PATH, 503, null);
        assertThatThrownBy(() -> client.task(SonarSimulator.TASK)).isInstanceOf(SonarException.class)
                .hasMessageContaining("unavailable (503)")
                .satisfies(e -> assertThat(((SonarException) e).isTransient()).isTrue());

        SonarClient nowhere = new SonarClient("http://127.0.0.1:1", "t");
        assertThatThrownBy(() -> nowhere.task("x")).hasMessageContaining("Could not reach SonarQube")
                .satisfies(e -> assertThat(((SonarException) e).isTransient()).isTrue());
    }
}
