package io.jenkins.plugins.skylark.metrics.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.skylark.metrics.dora.ApplicationChecks;
import io.jenkins.plugins.skylark.metrics.dora.CheckResult;
import java.util.List;

/**
 * The report's check lines: per application, the latest quality gate (status, failed conditions) and
 * the latest image scan (status, counts by severity) in the period. Written only when such events exist.
 */
final class ReportChecks {

    static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "unknown");

    private final ReportText text;

    ReportChecks(ReportText text) {
        this.text = text;
    }

    static void json(ArrayNode lines, List<ApplicationChecks> checks) {
        for (ApplicationChecks line : checks) {
            ObjectNode node = lines.addObject().put("application", line.application());
            CheckResult gate = line.qualityGate();
            if (gate == null) {
                node.putNull("qualityGate");
            } else {
                common(node.putObject("qualityGate"), gate).put("failedConditions", gate.count("failedConditions"))
                        .put("dashboardUrl", gate.attribute("dashboardUrl"));
            }
            CheckResult scan = line.imageScan();
            if (scan == null) {
                node.putNull("imageScan");
            } else {
                ObjectNode counts = common(node.putObject("imageScan"), scan).putObject("counts");
                SEVERITIES.forEach(severity -> counts.put(severity, scan.count(severity)));
            }
        }
    }

    private static ObjectNode common(ObjectNode node, CheckResult check) {
        return node.put("status", check.attribute("status")).put("version", check.version())
                .put("at", check.at().toString());
    }

    void html(Markup html, List<ApplicationChecks> checks) {
        if (checks.isEmpty()) {
            return;
        }
        html.open("section", "class", "checks").element("h2", text.get("checks.title")).open("table").open("thead")
                .open("tr");
        for (String key : List.of("table.application", "checks.gate", "checks.scan")) {
            html.element("th", text.get(key), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (ApplicationChecks line : checks) {
            html.open("tr").element("th", line.application(), "scope", "row")
                    .element("td", gate(line.qualityGate())).element("td", scan(line.imageScan())).close("tr");
        }
        html.close("tbody").close("table").close("section");
    }

    private String gate(CheckResult gate) {
        return gate == null ? text.get("checks.none")
                : text.get("checks.gateValue", gate.attribute("status"), String.valueOf(gate.count("failedConditions")),
                        String.valueOf(gate.version()));
    }

    private String scan(CheckResult scan) {
        if (scan == null) {
            return text.get("checks.none");
        }
        Object[] values = new Object[SEVERITIES.size() + 1];
        values[0] = scan.attribute("status");
        for (int i = 0; i < SEVERITIES.size(); i++) {
            values[i + 1] = String.valueOf(scan.count(SEVERITIES.get(i)));
        }
        return text.get("checks.scanValue", values);
    }
}
