package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.CASE_SIGNAL;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;

/** The signals of a case, and the re-aanmelding proposals they make. */
@Repository
class SignalRepository {

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    SignalRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    void insert(long caseId, CaseSignal.New signal, long organisationId, long personId, boolean proposesReopening,
            Instant now) {
        dsl.insertInto(CASE_SIGNAL)
                .set(CASE_SIGNAL.CASE_FILE_ID, caseId)
                .set(CASE_SIGNAL.KIND, signal.kind())
                .set(CASE_SIGNAL.OBSERVED_ON, signal.observedOn())
                .set(CASE_SIGNAL.SOURCE_ORGANISATION_ID, organisationId)
                .set(CASE_SIGNAL.RECORDED_BY_PERSON_ID, personId)
                .set(CASE_SIGNAL.FACT, encryption.seal(CASE_SIGNAL.FACT, signal.fact()))
                .set(CASE_SIGNAL.REOPEN_PROPOSED, proposesReopening)
                .set(CASE_SIGNAL.CREATED_AT, now)
                .execute();
    }

    /**
     * The case's signals, most recent first (by the day seen, then as recorded). A proposal is
     * open while the case is still closed as it was when the signal came ({@code closedAt}: the
     * current closing, null when the case is not closed) and the chair has not set it aside.
     */
    List<CaseSignal> forCase(long caseId, Instant closedAt) {
        return dsl.select(CASE_SIGNAL.ID, CASE_SIGNAL.KIND, CASE_SIGNAL.OBSERVED_ON, ORGANISATION.NAME,
                        PERSON.DISPLAY_NAME, CASE_SIGNAL.FACT, CASE_SIGNAL.REOPEN_PROPOSED,
                        CASE_SIGNAL.PROPOSAL_HANDLED_AT, CASE_SIGNAL.CREATED_AT)
                .from(CASE_SIGNAL)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_SIGNAL.SOURCE_ORGANISATION_ID))
                .join(PERSON).on(PERSON.ID.eq(CASE_SIGNAL.RECORDED_BY_PERSON_ID))
                .where(CASE_SIGNAL.CASE_FILE_ID.eq(caseId))
                .orderBy(CASE_SIGNAL.OBSERVED_ON.desc(), CASE_SIGNAL.ID.desc())
                .fetch(r -> new CaseSignal(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        encryption.open(CASE_SIGNAL.FACT, r.value6()), r.value7() && r.value8() == null
                                && closedAt != null && !r.value9().isBefore(closedAt)));
    }

    /** Sets the case's open proposals aside (the chair decided against re-aanmelding). */
    int handleProposals(long caseId, Instant now) {
        return dsl.update(CASE_SIGNAL).set(CASE_SIGNAL.PROPOSAL_HANDLED_AT, now)
                .where(CASE_SIGNAL.CASE_FILE_ID.eq(caseId)).and(CASE_SIGNAL.REOPEN_PROPOSED.isTrue())
                .and(CASE_SIGNAL.PROPOSAL_HANDLED_AT.isNull())
                .execute();
    }
}
