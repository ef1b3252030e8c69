package io.jenkins.plugins.skylark.sonar;

import java.io.Serializable;
import java.util.List;

/**
 * A quality gate's verdict on one analysis.
 *
 * @param status {@code OK}, {@code ERROR}, {@code WARN} (older servers) or {@code NONE} (no gate)
 */
public record QualityGate(String status, List<GateCondition> conditions) implements Serializable {

    public QualityGate {
        conditions = List.copyOf(conditions);
    }

    /** Whether the gate stops the change: {@code ERROR}. */
    public boolean failed() {
        return "ERROR".equals(status);
    }

    public List<GateCondition> failedConditions() {
        return conditions.stream().filter(GateCondition::failed).toList();
    }
}
