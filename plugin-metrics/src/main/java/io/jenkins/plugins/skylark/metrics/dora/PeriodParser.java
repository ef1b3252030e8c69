package io.jenkins.plugins.skylark.metrics.dora;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code period} a user wrote:
 * <ul>
 *   <li>{@code last-N-weeks}: the N complete ISO weeks before the current one (the week holding
 *       {@code now} in the zone is not included, so figures do not move during the week);</li>
 *   <li>{@code last-N-days}: the N days ending today, today included (a rolling window that does
 *       move: for a dashboard or a demo that must show today's deliveries);</li>
 *   <li>{@code 2026-W40} or {@code 2026-W40..2026-W47}: whole ISO weeks, both ends included;</li>
 *   <li>{@code 2026-10-01..2026-11-30}: calendar days, both ends included.</li>
 * </ul>
 * Errors name the field and the offending text, in the caller's locale.
 */
public final class PeriodParser {

    static final int MAX_WEEKS = 520;
    static final int MAX_DAYS = MAX_WEEKS * 7;
    private static final Pattern LAST_WEEKS = Pattern.compile("last-(\\d{1,4})-weeks");
    private static final Pattern LAST_DAYS = Pattern.compile("last-(\\d{1,4})-days");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final ZoneId zone;
    private final Instant now;
    private final Locale locale;

    public PeriodParser(ZoneId zone, Instant now, Locale locale) {
        this.zone = Require.present(zone, "PeriodParser", "zone");
        this.now = Require.present(now, "PeriodParser", "now");
        this.locale = Require.present(locale, "PeriodParser", "locale");
    }

    public ReportPeriod parse(String text) {
        String value = text == null ? "" : text.trim();
        Matcher last = LAST_WEEKS.matcher(value);
        if (last.matches()) {
            return lastWeeks(value, last.group(1));
        }
        Matcher lastDays = LAST_DAYS.matcher(value);
        if (lastDays.matches()) {
            return lastDays(value, lastDays.group(1));
        }
        String[] ends = value.split("\\.\\.", -1);
        if (ends.length > 2) {
            throw fail("period.invalid", value);
        }
        String from = ends[0];
        String to = ends.length == 2 ? ends[1] : ends[0];
        if (WEEK.matcher(from).matches() && WEEK.matcher(to).matches()) {
            return checked(value, weekStart(from), weekStart(to).plusWeeks(1));
        }
        if (ends.length == 2 && DATE.matcher(from).matches() && DATE.matcher(to).matches()) {
            return checked(value, date(from), date(to).plusDays(1));
        }
        throw fail("period.invalid", value);
    }

    private ReportPeriod lastWeeks(String value, String count) {
        int weeks = Integer.parseInt(count);
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw fail("period.weekCount", MAX_WEEKS, count);
        }
        LocalDate thisMonday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportPeriod(value, thisMonday.minusWeeks(weeks), thisMonday, zone);
    }

    private ReportPeriod lastDays(String value, String count) {
        int days = Integer.parseInt(count);
        if (days < 1 || days > MAX_DAYS) {
            throw fail("period.dayCount", MAX_DAYS, count);
        }
        LocalDate tomorrow = now.atZone(zone).toLocalDate().plusDays(1);
        return new ReportPeriod(value, tomorrow.minusDays(days), tomorrow, zone);
    }

    private LocalDate weekStart(String text) {
        Matcher m = WEEK.matcher(text);
        m.matches();
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        int weeksInYear = IsoWeek.weeksIn(year);
        if (number < 1 || number > weeksInYear) {
            throw fail("period.noSuchWeek", text, String.valueOf(year), weeksInYear);
        }
        return IsoWeek.mondayOf(year, number);
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw fail("period.noSuchDate", text);
        }
    }

    private ReportPeriod checked(String value, LocalDate start, LocalDate endExclusive) {
        if (!endExclusive.isAfter(start)) {
            throw fail("period.reversed", start, endExclusive.minusDays(1));
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, endExclusive);
        if (days > MAX_DAYS) {
            throw fail("period.tooLong", MAX_DAYS, days);
        }
        return new ReportPeriod(value, start, endExclusive, zone);
    }

    private IllegalArgumentException fail(String key, Object... args) {
        return new IllegalArgumentException(DoraMessages.format(locale, key, args));
    }
}
