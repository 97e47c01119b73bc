package nl.zorgtafel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import nl.zorgtafel.base.time.DutchTime;

/**
 * The demo's held session lies in the past whenever the demo is seeded: seeded at 21:26 it was still
 * dated tomorrow (a CI run in the evening found it above a signal recorded today on the timeline).
 */
class HeldSessionStartTest {

    @Test
    void seeded_in_the_evening_the_session_was_held_earlier_that_day() {
        var now = ZonedDateTime.of(2026, 11, 25, 21, 26, 40, 0, DutchTime.ZONE);
        var start = DemoDataSeeder.heldSessionStart(now);
        assertThat(start.toLocalDate()).isEqualTo(now.toLocalDate());
        assertThat(start.plusMinutes(90)).isBefore(now);
        assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(19, 46));
    }

    @Test
    void seeded_just_before_and_after_midnight_it_never_runs_past_midnight_nor_into_tomorrow() {
        var lateEvening = ZonedDateTime.of(2026, 11, 25, 23, 58, 0, 0, DutchTime.ZONE);
        assertThat(DemoDataSeeder.heldSessionStart(lateEvening).plusMinutes(90).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 11, 25));
        var afterMidnight = ZonedDateTime.of(2026, 11, 26, 0, 30, 0, 0, DutchTime.ZONE);
        var start = DemoDataSeeder.heldSessionStart(afterMidnight);
        assertThat(start).isEqualTo(ZonedDateTime.of(2026, 11, 25, 19, 0, 0, 0, DutchTime.ZONE));
        assertThat(start.plusMinutes(90).toLocalDate()).isEqualTo(start.toLocalDate());
    }
}
