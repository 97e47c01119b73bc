package nl.zorgtafel.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** Periods as [from, to) in Dutch time, across the daylight-saving switches. */
class InsightPeriodTest {

    @Test
    void a_quarter_runs_from_midnight_in_amsterdam_to_midnight_after_its_last_day() {
        var q1 = InsightPeriod.quarter(2025, 1);
        assertThat(q1.from()).isEqualTo(Instant.parse("2024-12-31T23:00:00Z"));
        // Summer time since 30 March: midnight is 22:00 UTC.
        assertThat(q1.to()).isEqualTo(Instant.parse("2025-03-31T22:00:00Z"));
        assertThat(q1.describe()).isEqualTo("1-1-2025 t/m 31-3-2025");
    }

    @Test
    void months_years_and_own_dates() {
        assertThat(InsightPeriod.month(YearMonth.of(2024, 2)).last()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(InsightPeriod.year(2026).to()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
        assertThat(InsightPeriod.containing(InsightPeriod.Kind.QUARTER, LocalDate.of(2026, 11, 24)))
                .isEqualTo(InsightPeriod.quarter(2026, 4));
        var custom = InsightPeriod.custom(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25));
        // The day summer time ends has 25 hours.
        assertThat(java.time.Duration.between(custom.from(), custom.to()).toHours()).isEqualTo(25);
        assertThatThrownBy(() -> InsightPeriod.custom(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
