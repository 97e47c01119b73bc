package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.CASE_SAFE_CONTACT;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;

/** A case's safe contact: one row per case, sealed texts, a version against lost updates. */
@Repository
class SafeContactRepository {

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    SafeContactRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    Optional<SafeContact> load(long caseId) {
        return dsl.selectFrom(CASE_SAFE_CONTACT).where(CASE_SAFE_CONTACT.CASE_FILE_ID.eq(caseId))
                .fetchOptional(r -> new SafeContact(r.getSafeToCall(),
                        encryption.open(CASE_SAFE_CONTACT.CALL_NOTE, r.getCallNote()),
                        encryption.open(CASE_SAFE_CONTACT.FEARED, r.getFeared()),
                        encryption.open(CASE_SAFE_CONTACT.SAFE_ADULT, r.getSafeAdult()), r.getVersion()));
    }

    /** Writes the safe contact if nobody saved it since {@code contact.version()}; false otherwise. */
    boolean save(long caseId, SafeContact contact, long personId, Instant now) {
        // One list of values for the first save and every later one.
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(CASE_SAFE_CONTACT.SAFE_TO_CALL, contact.safeToCall());
        values.put(CASE_SAFE_CONTACT.CALL_NOTE, encryption.seal(CASE_SAFE_CONTACT.CALL_NOTE, contact.callNote()));
        values.put(CASE_SAFE_CONTACT.FEARED, encryption.seal(CASE_SAFE_CONTACT.FEARED, contact.feared()));
        values.put(CASE_SAFE_CONTACT.SAFE_ADULT, encryption.seal(CASE_SAFE_CONTACT.SAFE_ADULT, contact.safeAdult()));
        values.put(CASE_SAFE_CONTACT.UPDATED_BY_PERSON_ID, personId);
        values.put(CASE_SAFE_CONTACT.UPDATED_AT, now);
        values.put(CASE_SAFE_CONTACT.VERSION, contact.version() + 1);
        if (contact.version() == 0) {
            // Two first saves at once: the second meets the primary key and is refused as stale.
            // Not INSERT IGNORE, which in MySQL would also turn other errors into warnings.
            try {
                return dsl.insertInto(CASE_SAFE_CONTACT).set(CASE_SAFE_CONTACT.CASE_FILE_ID, caseId).set(values)
                        .execute() == 1;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        return dsl.update(CASE_SAFE_CONTACT).set(values)
                .where(CASE_SAFE_CONTACT.CASE_FILE_ID.eq(caseId))
                .and(CASE_SAFE_CONTACT.VERSION.eq(contact.version()))
                .execute() == 1;
    }
}
