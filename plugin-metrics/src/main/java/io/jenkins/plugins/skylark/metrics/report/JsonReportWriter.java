package io.jenkins.plugins.skylark.metrics.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.skylark.metrics.dora.DataIssue;
import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import io.jenkins.plugins.skylark.metrics.dora.DurationStats;
import io.jenkins.plugins.skylark.metrics.dora.LeadTimeHistogram;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import io.jenkins.plugins.skylark.metrics.dora.Series;
import io.jenkins.plugins.skylark.metrics.dora.SeriesFigures;
import io.jenkins.plugins.skylark.metrics.dora.WeekCount;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes the report as JSON following {@code report-schema-v1.json} (next to this class). Durations
 * are whole seconds, rates are fractions 0–1, missing statistics are {@code null}. Adding fields keeps
 * version 1; renaming or removing one needs version 2. The metrics page answers the same tree
 * ({@link #tree}), so dashboards read one schema.
 */
public final class JsonReportWriter {

    static final String SCHEMA_ID = "https://jenkins.io/skylark/schemas/delivery-report/v1";
    static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(DoraReport report, Instant generatedAt) {
        try {
            return mapper.writeValueAsString(tree(report, generatedAt)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the JSON report", e);
        }
    }

    /** The report as a JSON tree, for callers that add optional fields (schema version 1 allows them). */
    public ObjectNode tree(DoraReport report, Instant generatedAt) {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", SCHEMA_ID);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("generatedAt", generatedAt.toString());
        period(root.putObject("period"), report.period());
        root.putObject("scope").put("application", report.scope().application())
                .put("environment", report.scope().environment());
        definitions(root.putObject("definitions"), report);
        ArrayNode series = root.putArray("series");
        for (Series s : report.series()) {
            ObjectNode node = series.addObject().put("application", s.application()).put("environment", s.environment());
            figures(node.putObject("figures"), s.figures());
        }
        figures(root.putObject("total"), report.total());
        if (!report.checks().isEmpty()) {
            ReportChecks.json(root.putArray("checks"), report.checks());
        }
        ArrayNode issues = root.putArray("dataIssues");
        for (DataIssue issue : report.issues()) {
            issues.addObject().put("kind", issue.kind().name()).put("application", issue.application())
                    .put("environment", issue.environment()).put("subject", issue.subject());
        }
        return root;
    }

    private static void period(ObjectNode node, ReportPeriod period) {
        node.put("text", period.text()).put("start", period.start().toString()).put("end", period.last().toString())
                .put("timeZone", period.zone().getId()).put("weeks", period.weeks());
    }

    private static void definitions(ObjectNode node, DoraReport report) {
        node.put("leadTimeCommitTime", "committer")
                .put("percentileMethod", "linear-interpolation-type-7")
                .put("weekStart", "MONDAY")
                .put("levelsSource", report.thresholds().source())
                .put("levelsSourceYear", report.thresholds().sourceYear());
    }

    private static void figures(ObjectNode node, SeriesFigures f) {
        node.put("deployments", f.deployments()).put("failedDeployments", f.failedDeployments())
                .put("rollbacks", f.rollbacks()).put("notServed", f.notServed())
                .put("deploymentsPerWeek", f.deploymentsPerWeek()).put("changeFailRate", f.changeFailRate());
        ObjectNode lead = stats(node.putObject("leadTime"), f.leadTime());
        ArrayNode bins = lead.putArray("histogram");
        for (LeadTimeHistogram.Bin bin : f.leadTimeHistogram().bins()) {
            bins.addObject().put("bin", bin.key()).put("upToSeconds", seconds(bin.upTo())).put("count", bin.count());
        }
        stats(node.putObject("recoveryTime"), f.recoveryTime()).put("openFailures", f.openFailures());
        stats(node.putObject("incidentRestoreTime"), f.incidentRestoreTime()).put("openIncidents", f.openIncidents());
        ArrayNode weeks = node.putArray("weeks");
        for (WeekCount w : f.weeks()) {
            weeks.addObject().put("week", w.week().label()).put("start", w.week().monday().toString())
                    .put("deployments", w.deployments()).put("failed", w.failed());
        }
        node.putObject("rework").put("deployments", f.rework().deployments())
                .put("reworkDeployments", f.rework().reworkDeployments()).put("rate", f.rework().rate())
                .put("linked", f.rework().linked());
        node.putObject("levels").put("deploymentFrequency", f.levels().deploymentFrequency().name())
                .put("leadTime", f.levels().leadTime().name()).put("recovery", f.levels().recovery().name());
    }

    private static ObjectNode stats(ObjectNode node, DurationStats stats) {
        return node.put("samples", stats.count()).put("medianSeconds", seconds(stats.median()))
                .put("p90Seconds", seconds(stats.p90()));
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.toSeconds();
    }
}
