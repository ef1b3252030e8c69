package io.jenkins.plugins.skylark.metrics.report;

import io.jenkins.plugins.skylark.metrics.dora.DataIssue;
import io.jenkins.plugins.skylark.metrics.dora.DoraReport;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import io.jenkins.plugins.skylark.metrics.dora.PerformanceLevel;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import io.jenkins.plugins.skylark.metrics.dora.Series;
import io.jenkins.plugins.skylark.metrics.dora.SeriesFigures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes the HTML page and its sibling stylesheet. The page has no script, no {@code <style>} and no
 * {@code style} attribute, so it renders under {@code sandbox; default-src 'none'; img-src 'self';
 * style-src 'self';} (the policy Jenkins serves archived artefacts with).
 */
final class HtmlReportWriter {

    private static final String CSS_RESOURCE = "delivery-report.css";
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportText text;
    private final ReportCharts charts;

    HtmlReportWriter(ReportText text) {
        this.text = text;
        this.charts = new ReportCharts(text);
    }

    List<ReportFile> write(DoraReport report, Instant generatedAt, String baseName) {
        return List.of(ReportFile.text(baseName + ".html", page(report, generatedAt, baseName + ".css")),
                new ReportFile(baseName + ".css", stylesheet()));
    }

    private String page(DoraReport report, Instant generatedAt, String cssName) {
        Markup html = new Markup().raw("<!DOCTYPE html>\n")
                .open("html", "lang", text.locale().toLanguageTag()).raw("\n").open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", text.get("title") + " – " + scopeName(report.scope().application()))
                .empty("link", "rel", "stylesheet", "href", cssName)
                .close("head").open("body").open("main", "class", "report");
        header(html, report, generatedAt);
        cards(html, report);
        html.open("section", "class", "charts")
                .open("figure", "class", "chart-box").element("figcaption", text.get("chart.weekly"))
                .raw(charts.weekly(report.total())).close("figure")
                .open("figure", "class", "chart-box").element("figcaption", text.get("chart.leadTime"))
                .raw(charts.leadTime(report.total())).close("figure")
                .close("section");
        table(html, report);
        new ReportChecks(text).html(html, report.checks());
        issues(html, report.issues());
        html.open("footer").element("p", text.get("footer.definitions")).element("p", text.get("footer.rework"))
                .element("p", text.get("footer.levels", report.thresholds().source(),
                        String.valueOf(report.thresholds().sourceYear())))
                .close("footer");
        return html.close("main").close("body").close("html").toString();
    }

    private void header(Markup html, DoraReport report, Instant generatedAt) {
        ReportPeriod period = report.period();
        html.open("header").element("h1", text.get("title")).open("dl", "class", "meta");
        meta(html, "meta.application", scopeName(report.scope().application()));
        meta(html, "meta.environment", scopeName(report.scope().environment()));
        meta(html, "meta.period", period.text() + " (" + period.start() + " – " + period.last() + ")");
        meta(html, "meta.timeZone", period.zone().getId());
        meta(html, "meta.generated", GENERATED.format(generatedAt.atZone(period.zone())));
        html.close("dl").close("header");
    }

    private void meta(Markup html, String key, String value) {
        html.open("div").element("dt", text.get(key)).element("dd", value).close("div");
    }

    private void cards(Markup html, DoraReport report) {
        SeriesFigures t = report.total();
        html.open("section", "class", "cards");
        card(html, "deployment-frequency", "metric.deploymentFrequency",
                text.get("value.perWeek", ReportText.decimal(t.deploymentsPerWeek())),
                text.get("value.deployments", String.valueOf(t.deployments()), weeks(report.period())),
                t.levels().deploymentFrequency());
        card(html, "lead-time", "metric.leadTime", text.duration(t.leadTime().median()),
                text.get("value.p90") + " " + text.duration(t.leadTime().p90()) + " · "
                        + text.get("value.samples", String.valueOf(t.leadTime().count())), t.levels().leadTime());
        card(html, "change-fail-rate", "metric.changeFailRate", text.percent(t.changeFailRate()),
                text.get("value.failed", String.valueOf(t.failedDeployments()), String.valueOf(t.deployments())), null);
        card(html, "recovery-time", "metric.recoveryTime", text.duration(t.recoveryTime().median()),
                text.get("value.recoveries", String.valueOf(t.recoveryTime().count()), String.valueOf(t.openFailures())),
                t.levels().recovery());
        card(html, "incident-restore", "metric.incidentRestore", text.duration(t.incidentRestoreTime().median()),
                text.get("value.incidents", String.valueOf(t.incidentRestoreTime().count()),
                        String.valueOf(t.openIncidents())), null);
        card(html, "rework-rate", "metric.reworkRate", text.percent(t.rework().rate()),
                text.get(t.rework().linked() ? "value.rework" : "value.rework.unlinked",
                        String.valueOf(t.rework().reworkDeployments()), String.valueOf(t.rework().deployments())), null);
        html.close("section");
    }

    private void card(Markup html, String id, String titleKey, String value, String detail, PerformanceLevel level) {
        html.open("article", "class", "card", "id", "card-" + id).element("h2", text.get(titleKey))
                .element("p", value, "class", "value").element("p", detail, "class", "detail");
        if (level != null) {
            html.element("p", text.level(level), "class", "level level-" + level.name().toLowerCase(Locale.ROOT));
        }
        html.close("article");
    }

    private void table(Markup html, DoraReport report) {
        html.open("section", "class", "series").element("h2", text.get("table.title")).open("table").open("thead").open("tr");
        for (String key : List.of("table.application", "table.environment", "table.deployments", "table.perWeek",
                "table.leadMedian", "table.leadP90", "table.failRate", "table.recoveryMedian", "table.notServed",
                "table.reworkRate")) {
            html.element("th", text.get(key), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (Series s : report.series()) {
            row(html, s.application(), s.environment(), s.figures(), null);
        }
        html.close("tbody").open("tfoot");
        row(html, text.get("table.total"), scopeName(report.scope().environment()), report.total(), "total");
        html.close("tfoot").close("table").close("section");
    }

    private void row(Markup html, String application, String environment, SeriesFigures f, String cssClass) {
        html.open("tr", "class", cssClass).element("th", application, "scope", "row").element("td", environment);
        for (String cell : List.of(String.valueOf(f.deployments()), ReportText.decimal(f.deploymentsPerWeek()),
                text.duration(f.leadTime().median()), text.duration(f.leadTime().p90()), text.percent(f.changeFailRate()),
                text.duration(f.recoveryTime().median()), String.valueOf(f.notServed()), text.percent(f.rework().rate()))) {
            html.element("td", cell, "class", "num");
        }
        html.close("tr");
    }

    private void issues(Markup html, List<DataIssue> issues) {
        html.open("section", "class", "issues").element("h2", text.get("issues.title"));
        if (issues.isEmpty()) {
            html.element("p", text.get("issues.none"));
        } else {
            html.open("ul");
            for (DataIssue issue : issues) {
                html.open("li").text(text.get("issue." + issue.kind().name()) + ": ")
                        .element("code", issue.subject()).text(" (" + issue.application() + " / " + issue.environment() + ")")
                        .close("li");
            }
            html.close("ul");
        }
        html.close("section");
    }

    private String scopeName(String name) {
        return MetricsScope.ALL.equals(name) ? text.get("scope.all") : name;
    }

    private static String weeks(ReportPeriod period) {
        double weeks = period.weeks();
        return weeks == Math.rint(weeks) ? String.valueOf((long) weeks) : ReportText.decimal(weeks);
    }

    private static byte[] stylesheet() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(CSS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CSS_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CSS_RESOURCE, e);
        }
    }
}
