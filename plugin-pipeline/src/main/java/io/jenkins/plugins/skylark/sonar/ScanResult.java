package io.jenkins.plugins.skylark.sonar;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished scan: the gate's verdict on the analysis and where to see it.
 *
 * @param status the gate status: {@code OK}, {@code ERROR}, {@code WARN} or {@code NONE}
 * @param analysisId {@code null} when the verdict came by webhook (which does not carry it)
 * @param source {@code webhook} or {@code polling}: how the verdict arrived
 */
public record ScanResult(String projectKey, String status, String taskId, String analysisId, String dashboardUrl,
        List<GateCondition> conditions, String source) implements Serializable {

    public ScanResult {
        conditions = List.copyOf(conditions);
    }

    static ScanResult of(PendingScan scan, QualityGate gate, String analysisId, String source) {
        String status = gate == null || gate.status() == null ? "NONE" : gate.status();
        return new ScanResult(scan.projectKey(), status, scan.taskId(), analysisId, scan.dashboardUrl(),
                gate == null ? List.of() : gate.conditions(), source);
    }

    public boolean failed() {
        return "ERROR".equals(status);
    }

    public List<GateCondition> failedConditions() {
        return conditions.stream().filter(GateCondition::failed).toList();
    }

    /** As the step returns it: {@code [status, taskId, analysisId, dashboardUrl, conditions: [[metric, …]]]}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", status);
        map.put("taskId", taskId);
        map.put("analysisId", analysisId);
        map.put("dashboardUrl", dashboardUrl);
        List<Map<String, Object>> list = new ArrayList<>();
        conditions.forEach(c -> list.add(c.toMap()));
        map.put("conditions", list);
        return map;
    }
}
