package nl.zorgtafel.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RhythmTest {

    private final Rhythm everySecondTuesday = new Rhythm(DayOfWeek.TUESDAY, LocalTime.of(13, 0), 120, 2);

    @Test
    void gives_every_second_tuesday_from_the_first_tuesday_on_or_after_the_start() {
        assertThat(everySecondTuesday.dates(LocalDate.of(2026, 12, 2), 3, Set.of())).containsExactly(
                LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 5));
        assertThat(everySecondTuesday.end()).isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void skipped_dates_are_left_out_and_the_series_still_has_its_length() {
        assertThat(everySecondTuesday.dates(LocalDate.of(2026, 12, 8), 3, Set.of(LocalDate.of(2026, 12, 22))))
                .containsExactly(LocalDate.of(2026, 12, 8), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 19));
    }
}
