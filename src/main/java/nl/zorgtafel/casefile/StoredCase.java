package nl.zorgtafel.casefile;

import nl.zorgtafel.base.db.SealedText;

import java.time.Instant;

/** A case row as stored: intake facts with identifying data still encrypted. */
record StoredCase(long id, long tableId, String code, CaseStatus status, long proposingOrganisationId,
        String proposingOrganisationName, long proposedByPersonId, boolean repeatCase, Instant submittedAt,
        Instant closedAt, CloseReason closeReason, boolean namingAllowed, ConsentRecheck consentRecheck,
        CaseFileView.TriageOutcome triageOutcome, CaseIntake intakeWithoutIdentifying, EncryptedIdentity identity,
        boolean restricted) {

    boolean named() {
        return intakeWithoutIdentifying.named();
    }

    int version() {
        return intakeWithoutIdentifying.version();
    }

    /** The four encrypted values and the keyed hash; all null for an anonymous case. */
    record EncryptedIdentity(SealedText name, SealedText dateOfBirth, SealedText address, SealedText bsn,
            String personHash) {

        static final EncryptedIdentity NONE = new EncryptedIdentity(null, null, null, null, null);
    }
}
