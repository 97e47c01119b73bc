package nl.zorgtafel.casefile.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.zorgtafel.base.time.DutchTime;

/** Shared formatting for case screens: Dutch dates in the Netherlands' time zone. */
final class CaseLabels {

    static final ZoneId NETHERLANDS = DutchTime.ZONE;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy").withZone(NETHERLANDS);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(NETHERLANDS);

    private CaseLabels() {
    }
}
