package io.jenkins.plugins.skylark.metrics.dora;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * An ISO-8601 week: Monday to Sunday, week 1 is the week holding the year's first Thursday.
 *
 * @param year   the week-based year (differs from the calendar year around New Year)
 * @param number 1 to 53
 * @param monday the first day
 */
public record IsoWeek(int year, int number, LocalDate monday) {

    /** The week that holds {@code date}. */
    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** Weeks in an ISO year: 52 or 53. */
    static int weeksIn(int year) {
        return (int) IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
    }

    /** Monday of week {@code number} of ISO year {@code year}; the caller has checked the number. */
    static LocalDate mondayOf(int year, int number) {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The label users write and read, e.g. {@code 2026-W07}. */
    public String label() {
        return String.format("%04d-W%02d", year, number);
    }
}
