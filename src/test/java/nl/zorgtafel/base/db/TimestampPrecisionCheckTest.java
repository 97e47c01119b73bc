package nl.zorgtafel.base.db;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class TimestampPrecisionCheckTest {

    @Test
    void milliseconds_kept_pass_and_milliseconds_lost_refuse_the_start() {
        assertThatCode(() -> TimestampPrecisionCheck.check(TimestampPrecisionCheck.PROBE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TimestampPrecisionCheck.check(TimestampPrecisionCheck.PROBE.truncatedTo(ChronoUnit.SECONDS)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sent 2001-02-03T04:05:06.789Z, stored 2001-02-03T04:05:06Z");
    }

    @Test
    void the_migrations_alone_do_not_probe_every_other_start_does() {
        // Without a database: any probe would fail with a NullPointerException.
        var settings = new DatabaseSettingsRepository(null);
        assertThatCode(() -> new TimestampPrecisionCheck(settings,
                new MockEnvironment().withProperty("zorgtafel.migrate-only", ""))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new TimestampPrecisionCheck(settings, new MockEnvironment()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TimestampPrecisionCheck(settings,
                new MockEnvironment().withProperty("zorgtafel.migrate-only", "false")))
                .isInstanceOf(NullPointerException.class);
    }
}
