package io.jenkins.plugins.skylark.sonar;

/**
 * A background (Compute Engine) task that processes an analysis report, from {@code GET /api/ce/task}.
 *
 * @param status {@code PENDING}, {@code IN_PROGRESS}, {@code SUCCESS}, {@code FAILED} or {@code CANCELED}
 * @param analysisId set once the task succeeded
 * @param errorMessage why a task failed, when SonarQube says
 */
public record CeTask(String id, String status, String analysisId, String errorMessage) {

    public boolean finished() {
        return !"PENDING".equals(status) && !"IN_PROGRESS".equals(status);
    }

    public boolean succeeded() {
        return "SUCCESS".equals(status);
    }
}
