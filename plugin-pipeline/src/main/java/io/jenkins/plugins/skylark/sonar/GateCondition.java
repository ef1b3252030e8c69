package io.jenkins.plugins.skylark.sonar;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One condition of a quality gate as SonarQube evaluated it.
 *
 * @param metric the metric key ({@code new_coverage})
 * @param comparator {@code LT} or {@code GT} (the webhook's {@code LESS_THAN}/{@code GREATER_THAN} read as these)
 * @param threshold the error threshold
 * @param actual the measured value, {@code null} when there is none
 * @param status {@code OK}, {@code ERROR}, {@code WARN} or {@code NO_VALUE}
 */
public record GateCondition(String metric, String comparator, String threshold, String actual, String status)
        implements Serializable {

    public boolean failed() {
        return "ERROR".equals(status);
    }

    /** As the step returns it. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("metric", metric);
        map.put("comparator", comparator);
        map.put("threshold", threshold);
        map.put("actual", actual);
        map.put("status", status);
        return map;
    }

    /** {@code new_coverage 72.5 LT 80} for the log and the failure message. */
    public String describe() {
        return metric + " " + (actual == null ? "-" : actual) + " " + comparator + " " + threshold;
    }

    static String comparator(String operator) {
        if ("LESS_THAN".equals(operator)) {
            return "LT";
        }
        return "GREATER_THAN".equals(operator) ? "GT" : operator;
    }
}
