package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.LEGAL_HOLD;
import static nl.zorgtafel.db.Tables.ORGANISATION;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.base.db.SealedText;

@Repository
class LegalHoldRepository {

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    LegalHoldRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    record OpenHold(long id, Instant since, long organisationId, String organisation, String reason) {
    }

    /** The hold in force on the case, if any, locked until the transaction ends. */
    Optional<OpenHold> open(long caseId, boolean lock) {
        var query = dsl.select(LEGAL_HOLD.ID, LEGAL_HOLD.SET_AT, LEGAL_HOLD.REQUESTED_BY_ORGANISATION_ID,
                        ORGANISATION.NAME, LEGAL_HOLD.REASON)
                .from(LEGAL_HOLD).join(ORGANISATION).on(ORGANISATION.ID.eq(LEGAL_HOLD.REQUESTED_BY_ORGANISATION_ID))
                .where(LEGAL_HOLD.CASE_FILE_ID.eq(caseId).and(LEGAL_HOLD.LIFTED_AT.isNull()));
        org.jooq.RecordMapper<org.jooq.Record5<Long, Instant, Long, String, SealedText>, OpenHold> map =
                r -> new OpenHold(r.value1(), r.value2(), r.value3(), r.value4(),
                        encryption.open(LEGAL_HOLD.REASON, r.value5()));
        return lock ? query.forUpdate().fetchOptional(map) : query.fetchOptional(map);
    }

    /** Seconds the case was held in holds already lifted. */
    long heldSeconds(long caseId) {
        return dsl.select(DSL.coalesce(DSL.sum(LEGAL_HOLD.HELD_SECONDS), java.math.BigDecimal.ZERO)).from(LEGAL_HOLD)
                .where(LEGAL_HOLD.CASE_FILE_ID.eq(caseId).and(LEGAL_HOLD.LIFTED_AT.isNotNull()))
                .fetchSingle().value1().longValue();
    }

    /** When the case was purged (and whether on the young person's request) or restricted; nulls when not. */
    record Marks(Instant purgedAt, boolean erased, Instant restrictedAt) {
    }

    Marks marks(long caseId) {
        return dsl.select(CASE_FILE.PURGED_AT, CASE_FILE.ERASED_AT, CASE_FILE.RESTRICTED_AT).from(CASE_FILE)
                .where(CASE_FILE.ID.eq(caseId))
                .fetchOptional(r -> new Marks(r.value1(), r.value2() != null, r.value3()))
                .orElse(new Marks(null, false, null));
    }

    Optional<Instant> purgedAt(long caseId) {
        return dsl.select(CASE_FILE.PURGED_AT).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId))
                .fetchOptional(CASE_FILE.PURGED_AT);
    }

    void set(long caseId, long organisationId, String reason, long personId, Instant now) {
        dsl.insertInto(LEGAL_HOLD)
                .set(LEGAL_HOLD.CASE_FILE_ID, caseId)
                .set(LEGAL_HOLD.REQUESTED_BY_ORGANISATION_ID, organisationId)
                .set(LEGAL_HOLD.REASON, encryption.seal(LEGAL_HOLD.REASON, reason))
                .set(LEGAL_HOLD.SET_BY_PERSON_ID, personId)
                .set(LEGAL_HOLD.SET_AT, now)
                .execute();
        flag(caseId, true, now);
    }

    void lift(OpenHold hold, long caseId, long personId, Instant now) {
        dsl.update(LEGAL_HOLD)
                .set(LEGAL_HOLD.LIFTED_BY_PERSON_ID, personId)
                .set(LEGAL_HOLD.LIFTED_AT, now)
                .set(LEGAL_HOLD.HELD_SECONDS, Math.max(0, Duration.between(hold.since(), now).toSeconds()))
                .where(LEGAL_HOLD.ID.eq(hold.id()))
                .execute();
        flag(caseId, false, now);
    }

    private void flag(long caseId, boolean held, Instant now) {
        // legal_hold on the case row is what the retention job's queries filter on.
        dsl.update(CASE_FILE).set(CASE_FILE.LEGAL_HOLD, held).set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .set(CASE_FILE.UPDATED_AT, now)
                .where(CASE_FILE.ID.eq(caseId)).execute();
    }
}
