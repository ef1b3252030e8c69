package io.jenkins.plugins.skylark.metrics.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What the {@code deliveryReport} step was asked for, as the user wrote it.
 *
 * @param format      {@code html}, {@code json} or {@code csv}
 * @param application an application name, or {@code null} / {@code *} for all
 * @param environment an environment name, {@code *} for all, {@code null} for {@code production}
 * @param period      e.g. {@code last-4-weeks}, see {@code PeriodParser}
 * @param zoneId      the zone days and ISO weeks are counted in
 * @param locale      report language ({@code en} or {@code zh_CN}; others fall back to English)
 * @param now         the current time, for relative periods and the generated-at stamp
 */
public record ReportRequest(String format, String application, String environment, String period,
                            ZoneId zoneId, Locale locale, Instant now) {

    public ReportRequest {
        zoneId = zoneId == null ? ZoneId.of("UTC") : zoneId;
        locale = locale == null ? Locale.ENGLISH : locale;
        if (now == null) {
            throw new IllegalArgumentException("ReportRequest.now must not be null");
        }
    }
}
