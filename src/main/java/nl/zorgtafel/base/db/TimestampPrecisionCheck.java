package nl.zorgtafel.base.db;

import java.time.Instant;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.zorgtafel.base.config.MigrateOnly;

/**
 * Refuses to start when timestamps lose their milliseconds on the way to the database. The audit
 * chain hashes each entry's time in milliseconds, as its {@code DATETIME(3)} column stores it; a
 * driver that truncates what it sends stores another time than the one hashed, and the chain
 * check then reports tampering at the first entry. Connector/J does this against a server that
 * announces a version before 5.6.4 (MariaDB 10.x announces itself as "5.5.5-10.…") and with
 * {@code sendFractionalSeconds=false}. The probe goes the same way as every {@code DATETIME(3)}
 * value (jOOQ binding, driver, server), so it answers for this very connection setup.
 */
@Component
class TimestampPrecisionCheck {

    /** Milliseconds that are neither zero nor a multiple of ten or a hundred. */
    static final Instant PROBE = Instant.parse("2001-02-03T04:05:06.789Z");

    TimestampPrecisionCheck(DatabaseSettingsRepository settings, Environment environment) {
        // Not for the migrations alone (step 3 of a first start): Flyway connects as the migration
        // user, nothing goes through the application's connection, and the application user has
        // no grants yet. Every other start, commands included, is checked.
        if (!MigrateOnly.in(environment)) {
            check(settings.roundTrip(PROBE));
        }
    }

    static void check(Instant readBack) {
        if (!PROBE.equals(readBack)) {
            throw new IllegalStateException("The database connection does not keep the milliseconds of a "
                    + "timestamp (sent " + PROBE + ", stored " + readBack + "). The audit log's hash chain "
                    + "would no longer verify. With Connector/J use MySQL 8.4 or MariaDB 11 or newer (MariaDB 10 "
                    + "announces an old version, so the driver drops milliseconds), and do not set "
                    + "sendFractionalSeconds=false in ZORGTAFEL_DB_URL (docs/operations.md).");
        }
    }
}
