package nl.zorgtafel.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void stores_instants_as_utc_wall_clock_time() {
        // 13:00 in Amsterdam in summer is 11:00 UTC.
        Instant meeting = Instant.parse("2026-06-09T11:00:00Z");
        assertThat(converter.to(meeting)).isEqualTo(LocalDateTime.of(2026, 6, 9, 11, 0));
        assertThat(converter.from(converter.to(meeting))).isEqualTo(meeting);
    }

    @Test
    void null_stays_null() {
        assertThat(converter.to(null)).isNull();
        assertThat(converter.from(null)).isNull();
    }
}
