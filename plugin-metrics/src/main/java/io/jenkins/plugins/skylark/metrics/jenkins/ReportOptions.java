package io.jenkins.plugins.skylark.metrics.jenkins;

import hudson.AbortException;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.metrics.dora.MetricsScope;
import io.jenkins.plugins.skylark.metrics.dora.PeriodParser;
import io.jenkins.plugins.skylark.metrics.dora.ReportPeriod;
import io.jenkins.plugins.skylark.metrics.report.ReportFormat;
import io.jenkins.plugins.skylark.metrics.report.ReportRequest;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The options of {@code deliveryReport} as the user wrote them ({@code null} = not given). {@link #plan}
 * checks every one of them, so a bad value fails the step before anything is read or written.
 */
public record ReportOptions(String format, String application, String environment, String period, String zone,
        String locale, String outputDir) implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DEFAULT_FORMAT = "html";
    static final String DEFAULT_PERIOD = "last-4-weeks";

    /**
     * @param platform    the enclosing {@code withPlatform} context, or {@code null}
     * @param defaultZone the configured report time zone
     * @throws AbortException naming the field of the first bad option
     */
    ReportPlan plan(ResolvedPlatformContext platform, ZoneId defaultZone, Instant now) throws AbortException {
        String env = environment != null ? environment
                : platform != null && platform.hasEnvironment() ? platform.environmentId() : MetricsScope.DEFAULT_ENVIRONMENT;
        Locale reportLocale = parseLocale();
        ZoneId reportZone = zone == null ? defaultZone : parseZone();
        String chosenFormat = format == null ? DEFAULT_FORMAT : format;
        String chosenPeriod = period == null ? DEFAULT_PERIOD : period;
        ReportPeriod parsed;
        try {
            ReportFormat.parse(chosenFormat, reportLocale);
            parsed = new PeriodParser(reportZone, now, reportLocale).parse(chosenPeriod);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
        ReportRequest request = new ReportRequest(chosenFormat, application, env, chosenPeriod, reportZone,
                reportLocale, now);
        return new ReportPlan(request, new MetricsScope(application, env), parsed.endInstant(), checkedOutputDir());
    }

    private Locale parseLocale() throws AbortException {
        if (locale == null) {
            return Locale.getDefault();
        }
        return switch (locale.replace('-', '_').toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "zh_cn" -> Locale.SIMPLIFIED_CHINESE;
            default -> throw new AbortException(Messages.get("DeliveryReport.localeInvalid", locale));
        };
    }

    private ZoneId parseZone() throws AbortException {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new AbortException(Messages.get("DeliveryReport.zoneInvalid", zone));
        }
    }

    /** The output folder relative to the workspace with {@code /} separators, {@code ""} for the root. */
    private String checkedOutputDir() throws AbortException {
        if (outputDir == null) {
            return "";
        }
        Path relative = Path.of(outputDir.replace('\\', '/')).normalize();
        if (relative.isAbsolute() || relative.startsWith("..")) {
            throw new AbortException(Messages.get("DeliveryReport.outputDirOutside", outputDir));
        }
        return relative.toString().replace('\\', '/');
    }

    /**
     * A checked report request.
     *
     * @param scope     the series whose history is read
     * @param end       history is read up to this instant (the end of the period)
     * @param outputDir folder relative to the workspace, {@code ""} for the workspace root
     */
    record ReportPlan(ReportRequest request, MetricsScope scope, Instant end, String outputDir) {

        /** The workspace-relative path of a file written into {@link #outputDir}. */
        String pathOf(String fileName) {
            return outputDir.isEmpty() ? fileName : outputDir + "/" + fileName;
        }
    }
}
