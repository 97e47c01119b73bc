package nl.zorgtafel.base.db;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

class TimestampPrecisionCheckTest {

    @Test
    void milliseconds_kept_pass_and_milliseconds_lost_refuse_the_start() {
        assertThatCode(() -> TimestampPrecisionCheck.check(TimestampPrecisionCheck.PROBE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TimestampPrecisionCheck.check(TimestampPrecisionCheck.PROBE.truncatedTo(ChronoUnit.SECONDS)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sent 2001-02-03T04:05:06.789Z, stored 2001-02-03T04:05:06Z");
    }
}
