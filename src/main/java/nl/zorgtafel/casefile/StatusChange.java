package nl.zorgtafel.casefile;

import java.time.Instant;

/**
 * One move of a case through its lifecycle, written in one update guarded by the version the
 * mover saw, and recorded as a {@link CaseEventKind#STATUS} event. Optional parts stay null.
 */
record StatusChange(long caseId, int version, CaseStatus from, CaseStatus to, String reason, String advice,
        CloseReason closeReason, Instant submittedAt, Boolean repeatCase) {

    static StatusChange of(StoredCase stored, int version, CaseStatus to) {
        return new StatusChange(stored.id(), version, stored.status(), to, null, null, null, null, null);
    }

    StatusChange withReason(String reason, String advice) {
        return new StatusChange(caseId, version, from, to, reason, advice, closeReason, submittedAt, repeatCase);
    }

    StatusChange closedFor(CloseReason reason) {
        return new StatusChange(caseId, version, from, to, this.reason, advice, reason, submittedAt, repeatCase);
    }

    StatusChange submitted(Instant at, boolean repeat) {
        return new StatusChange(caseId, version, from, to, reason, advice, closeReason, at, repeat);
    }

    /** The next move of the same case, after this one raised its version. */
    StatusChange then(CaseStatus next) {
        return new StatusChange(caseId, version + 1, to, next, null, null, null, null, null);
    }
}
