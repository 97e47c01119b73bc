package nl.zorgtafel.casefile.ui;

import java.time.ZoneId;

import nl.zorgtafel.base.time.DutchTime;

/** The Netherlands' time zone for case screens (dates on screen: {@code base.ui.Dates}). */
final class CaseLabels {

    static final ZoneId NETHERLANDS = DutchTime.ZONE;

    private CaseLabels() {
    }
}
