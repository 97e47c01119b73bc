package nl.zorgtafel.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void two_working_days_before_a_tuesday_is_the_friday_before() {
        assertThat(WorkingDays.before(LocalDate.of(2026, 12, 8), 2)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(WorkingDays.before(LocalDate.of(2026, 12, 10), 2)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(WorkingDays.before(LocalDate.of(2026, 12, 10), 0)).isEqualTo(LocalDate.of(2026, 12, 10));
    }
}
