package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole days {@code [start, endExclusive)} in a time zone. Facts belong to the period when their
 * instant, seen in {@code zone}, falls on one of its days.
 *
 * @param text         what the user wrote, for display
 * @param start        first day
 * @param endExclusive the day after the last day
 * @param zone         the zone that days and weeks are counted in
 */
public record ReportPeriod(String text, LocalDate start, LocalDate endExclusive, ZoneId zone) {

    public ReportPeriod {
        Require.present(start, "ReportPeriod", "start");
        Require.present(endExclusive, "ReportPeriod", "endExclusive");
        Require.present(zone, "ReportPeriod", "zone");
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("ReportPeriod.endExclusive must be after start");
        }
    }

    public Instant startInstant() {
        return start.atStartOfDay(zone).toInstant();
    }

    public Instant endInstant() {
        return endExclusive.atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(startInstant()) && instant.isBefore(endInstant());
    }

    /** The last day, inclusive. */
    public LocalDate last() {
        return endExclusive.minusDays(1);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, endExclusive);
    }

    /** Length in weeks, possibly fractional for date ranges. */
    public double weeks() {
        return days() / 7.0;
    }

    /** Every ISO week that shares at least one day with the period, in order. */
    public List<IsoWeek> isoWeeks() {
        List<IsoWeek> weeks = new ArrayList<>();
        for (LocalDate monday = IsoWeek.of(start).monday(); monday.isBefore(endExclusive); monday = monday.plusWeeks(1)) {
            weeks.add(IsoWeek.of(monday));
        }
        return weeks;
    }

    /** The days {@code week} shares with this period, named by the week's label. */
    public ReportPeriod weekPart(IsoWeek week) {
        LocalDate from = week.monday().isBefore(start) ? start : week.monday();
        LocalDate to = week.monday().plusWeeks(1);
        return new ReportPeriod(week.label(), from, to.isAfter(endExclusive) ? endExclusive : to, zone);
    }

    /** The parts of the latest {@code max} ISO weeks of this period ({@link #weekPart}), in order. */
    public List<ReportPeriod> latestWeekParts(int max) {
        List<IsoWeek> weeks = isoWeeks();
        return weeks.subList(Math.max(0, weeks.size() - max), weeks.size()).stream().map(this::weekPart).toList();
    }

    /** The ISO week of an instant seen in this period's zone. */
    public IsoWeek weekOf(Instant instant) {
        return IsoWeek.of(instant.atZone(zone).toLocalDate());
    }
}
