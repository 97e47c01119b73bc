package nl.zorgtafel.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of product.md F-3. Only the listed moves are allowed; the server refuses any
 * other, whatever a screen offers.
 */
public enum CaseStatus {
    CONCEPT,
    AANGEMELD,
    IN_TRIAGE,
    MEER_INFORMATIE,
    GEAGENDEERD,
    BESPROKEN,
    IN_OPVOLGING,
    AFGESLOTEN,
    AFGEWEZEN;

    public Set<CaseStatus> next() {
        return switch (this) {
            case CONCEPT -> EnumSet.of(AANGEMELD);
            case AANGEMELD -> EnumSet.of(IN_TRIAGE, GEAGENDEERD, MEER_INFORMATIE, AFGEWEZEN);
            case IN_TRIAGE -> EnumSet.of(GEAGENDEERD, MEER_INFORMATIE, AFGEWEZEN);
            case MEER_INFORMATIE -> EnumSet.of(AANGEMELD);
            // Discussed when the session ends; back to follow-up when a vervolgcasus leaves the agenda.
            case GEAGENDEERD -> EnumSet.of(BESPROKEN, IN_OPVOLGING);
            case BESPROKEN -> EnumSet.of(IN_OPVOLGING, GEAGENDEERD, AFGESLOTEN);
            case IN_OPVOLGING -> EnumSet.of(GEAGENDEERD, AFGESLOTEN);
            // Heropenen.
            case AFGESLOTEN -> EnumSet.of(IN_OPVOLGING);
            case AFGEWEZEN -> EnumSet.of(AANGEMELD);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /** Triage is over and the case went (or goes) to a session. */
    public boolean onAgendaOrLater() {
        return this == GEAGENDEERD || this == BESPROKEN || this == IN_OPVOLGING;
    }

    /** Still with the proposer or the chair's triage: the proposer names the case through the intake. */
    public boolean beforeAgenda() {
        return this == CONCEPT || this == AANGEMELD || this == IN_TRIAGE || this == MEER_INFORMATIE;
    }
}
