package nl.zorgtafel.casefile;

import java.time.LocalDate;

/**
 * One dated signal on a case, as read back: what was seen, when, by which partner, and who
 * recorded it. {@code reopenProposal}: recorded within twelve months of closing, and still open
 * (the chair has neither reopened the case nor set the proposal aside).
 */
public record CaseSignal(long id, SignalKind kind, LocalDate observedOn, String sourceOrganisation,
        String recordedBy, String fact, boolean reopenProposal) {

    /** A signal as entered: the partner is the recorder's own organisation. */
    public record New(SignalKind kind, LocalDate observedOn, String fact) {
    }
}
