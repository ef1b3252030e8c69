package io.jenkins.plugins.skylark.metrics.dora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodParserTest {

    // Wednesday 2026-11-04 01:00 in Shanghai, still Tuesday in UTC.
    private static final Instant NOW = Instant.parse("2026-11-03T17:00:00Z");
    private final PeriodParser parser = new PeriodParser(ZoneId.of("Asia/Shanghai"), NOW, Locale.ENGLISH);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "last-4-weeks,            2026-10-05, 2026-11-02",
        "last-1-days,             2026-11-04, 2026-11-05",
        "last-30-days,            2026-10-06, 2026-11-05",
        "2026-W40,                2026-09-28, 2026-10-05",
        "2026-W40..2026-W47,      2026-09-28, 2026-11-23",
        "2026-W53..2027-W01,      2026-12-28, 2027-01-11",
        "2025-12-29..2025-12-29,  2025-12-29, 2025-12-30",
        "2026-10-01..2026-11-30,  2026-10-01, 2026-12-01",
    })
    void shouldParsePeriod(String text, LocalDate start, LocalDate endExclusive) {
        ReportPeriod period = parser.parse(text);

        assertThat(period.start()).isEqualTo(start);
        assertThat(period.endExclusive()).isEqualTo(endExclusive);
        assertThat(period.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "last-month               | expected 'last-N-weeks'",
        "last-0-weeks             | must be 1 to 520, got '0'",
        "last-0-days              | N in 'last-N-days' must be 1 to 3,640, got '0'",
        "2025-W53                 | week 2025-W53 does not exist; ISO year 2025 has 52 weeks",
        "2026-02-30..2026-03-01   | 2026-02-30 is not a calendar date",
        "2026-11-30..2026-10-01   | the start 2026-11-30 is after the end 2026-10-01",
        "2026-W10..2026-W09       | is after the end",
        "2010-01-01..2026-01-01   | at most 3,640 days",
        "2026-W40..2026-W41..2026-W42 | expected",
    })
    void shouldNameTheFieldAndTheValueInErrors(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> parser.parse(text))
                .withMessageStartingWith("Field 'period': ").withMessageContaining(message);
    }

    @Test
    void shouldExplainInChinese() {
        PeriodParser chinese = new PeriodParser(ZoneId.of("UTC"), NOW, Locale.SIMPLIFIED_CHINESE);

        assertThatIllegalArgumentException().isThrownBy(() -> chinese.parse("yesterday"))
                .withMessageContaining("字段“period”").withMessageContaining("yesterday");
    }

    @Test
    void shouldListTheIsoWeeksTouchingADateRange() {
        ReportPeriod period = parser.parse("2026-10-01..2026-10-12");

        assertThat(period.isoWeeks()).extracting(IsoWeek::label).containsExactly("2026-W40", "2026-W41", "2026-W42");
    }
}
