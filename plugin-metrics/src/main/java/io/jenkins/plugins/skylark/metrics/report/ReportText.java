package io.jenkins.plugins.skylark.metrics.report;

import io.jenkins.plugins.skylark.metrics.dora.PerformanceLevel;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * Labels and value formatting of the report in its locale, from {@code Messages.properties} next
 * to this class. Durations show at most two units ({@code 1 d 4 h}, {@code 3 h 20 min}).
 */
public final class ReportText {

    private static final String BUNDLE = "io.jenkins.plugins.skylark.metrics.report.Messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    ReportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Every label pattern of the report in {@code locale} ({@link MessageFormat} syntax), for the metrics
     * page's script, which shows the same labels as the HTML report.
     */
    public static Map<String, String> patterns(Locale locale) {
        ReportText text = new ReportText(locale);
        Map<String, String> patterns = new TreeMap<>();
        text.bundle.keySet().forEach(key -> patterns.put(key, text.bundle.getString(key)));
        return patterns;
    }

    Locale locale() {
        return locale;
    }

    /** A label; arguments are formatted by the caller, so numbers never get grouping separators. */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String level(PerformanceLevel level) {
        return get("level." + level.name());
    }

    String duration(Duration duration) {
        if (duration == null) {
            return get("value.none");
        }
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(get("duration.days", String.valueOf(days)));
        }
        if (hours > 0 && parts.size() < 2) {
            parts.add(get("duration.hours", String.valueOf(hours)));
        }
        if (minutes > 0 && days == 0 && parts.size() < 2) {
            parts.add(get("duration.minutes", String.valueOf(minutes)));
        }
        return parts.isEmpty() ? get("duration.lessThanMinute") : String.join(" ", parts);
    }

    String percent(Double rate) {
        return rate == null ? get("value.none") : String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
