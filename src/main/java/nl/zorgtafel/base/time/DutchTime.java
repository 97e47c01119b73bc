package nl.zorgtafel.base.time;

import java.time.ZoneId;

/**
 * The one time zone of the application: sessions, deadlines, cut-offs and documents are in
 * Dutch local time (daylight saving included); the database keeps UTC instants.
 */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }
}
