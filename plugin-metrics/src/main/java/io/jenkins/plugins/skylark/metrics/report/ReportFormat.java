package io.jenkins.plugins.skylark.metrics.report;

import java.util.Locale;

/** The report formats {@code deliveryReport(format: …)} accepts. */
public enum ReportFormat {
    HTML,
    JSON,
    CSV;

    /** Reads the user's value case-insensitively; the error names the field and the value. */
    public static ReportFormat parse(String text, Locale locale) {
        String value = text == null ? "" : text.trim();
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(value)) {
                return format;
            }
        }
        throw new IllegalArgumentException(new ReportText(locale).get("format.invalid", value));
    }
}
