package nl.zorgtafel.retention;

import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CASE_SAFE_CONTACT;
import static nl.zorgtafel.db.Tables.CASE_SIGNAL;
import static nl.zorgtafel.db.Tables.COMENSHA_REGISTRATION;
import static nl.zorgtafel.db.Tables.CONCERN_ENTRY;
import static nl.zorgtafel.db.Tables.CONSULTATION;
import static nl.zorgtafel.db.Tables.ITEM_NOTE;
import static nl.zorgtafel.db.Tables.LEGAL_HOLD;
import static nl.zorgtafel.db.Tables.MINUTES_LETTER;
import static nl.zorgtafel.db.Tables.MINUTES_SUMMARY;
import static nl.zorgtafel.db.Tables.RISK_ASSESSMENT;
import static nl.zorgtafel.db.Tables.ROUTE_MILESTONE;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Empties one case's identifying data and every free text about it, in every table that holds
 * some, and keeps the anonymous descriptors (status, dates, forms, age band, gender,
 * municipalities, vulnerabilities, role, online component, proposing organisation, milestone
 * kinds and dates, signal kinds and dates, kinds of concern, action status, deadline and owner) that insight counts. One place lists every
 * column, so completeness can be reviewed here (docs/decisions.md); the data subject's erasure
 * reuses it. Values are set to a typed NULL whatever Java type a column maps to (sealed text),
 * and nothing here reads them.
 */
@Repository
class PurgeRepository {

    private final DSLContext dsl;

    PurgeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Purges the case; false when it was purged already (then nothing is touched). */
    boolean purgeCase(long caseId, Instant now) {
        int marked = dsl.update(CASE_FILE)
                .set(emptied(CASE_FILE.NAME_ENC, CASE_FILE.DATE_OF_BIRTH_ENC, CASE_FILE.ADDRESS_ENC, CASE_FILE.BSN_ENC,
                        CASE_FILE.PERSON_HASH, CASE_FILE.SIGNALS, CASE_FILE.QUESTION,
                        CASE_FILE.YOUNG_PERSON_NOT_INFORMED, CASE_FILE.PARENTS_NOT_INFORMED,
                        CASE_FILE.VOICE_OF_YOUNG_PERSON, CASE_FILE.CONFLICT_OF_DUTIES, CASE_FILE.DECISION_REASON,
                        CASE_FILE.DECISION_ADVICE, CASE_FILE.DAYTIME_ACTIVITY))
                .set(CASE_FILE.PURGED_AT, now)
                .set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .where(CASE_FILE.ID.eq(caseId).and(CASE_FILE.PURGED_AT.isNull()))
                .execute();
        if (marked == 0) {
            return false;
        }
        empty(CASE_EVENT, CASE_EVENT.CASE_FILE_ID.eq(caseId), CASE_EVENT.MESSAGE, CASE_EVENT.ADVICE);
        empty(RISK_ASSESSMENT, RISK_ASSESSMENT.CASE_FILE_ID.eq(caseId), RISK_ASSESSMENT.OUTCOME,
                RISK_ASSESSMENT.ASSESSED_BY);
        empty(ROUTE_MILESTONE, ROUTE_MILESTONE.CASE_FILE_ID.eq(caseId), ROUTE_MILESTONE.NOTE);
        empty(CASE_SIGNAL, CASE_SIGNAL.CASE_FILE_ID.eq(caseId), CASE_SIGNAL.FACT);
        empty(CASE_SAFE_CONTACT, CASE_SAFE_CONTACT.CASE_FILE_ID.eq(caseId), CASE_SAFE_CONTACT.CALL_NOTE,
                CASE_SAFE_CONTACT.FEARED, CASE_SAFE_CONTACT.SAFE_ADULT);
        // Without its key a purged entry links to nothing any more.
        empty(CONCERN_ENTRY, CONCERN_ENTRY.CASE_FILE_ID.eq(caseId), CONCERN_ENTRY.IDENTIFIER, CONCERN_ENTRY.NOTE,
                CONCERN_ENTRY.MATCH_KEY);
        empty(COMENSHA_REGISTRATION, COMENSHA_REGISTRATION.CASE_FILE_ID.eq(caseId),
                COMENSHA_REGISTRATION.LAWFUL_REASON);
        empty(LEGAL_HOLD, LEGAL_HOLD.CASE_FILE_ID.eq(caseId), LEGAL_HOLD.REASON);
        empty(ACTION_ITEM, ACTION_ITEM.CASE_FILE_ID.eq(caseId), ACTION_ITEM.DESCRIPTION, ACTION_ITEM.STATUS_REASON,
                ACTION_ITEM.REVIEW_NOTE);
        var items = DSL.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).where(AGENDA_ITEM.CASE_FILE_ID.eq(caseId));
        empty(ITEM_NOTE, ITEM_NOTE.AGENDA_ITEM_ID.in(items), ITEM_NOTE.BODY);
        empty(MINUTES_SUMMARY, MINUTES_SUMMARY.AGENDA_ITEM_ID.in(items), MINUTES_SUMMARY.SUMMARY);
        empty(MINUTES_LETTER, MINUTES_LETTER.AGENDA_ITEM_ID.in(items), MINUTES_LETTER.BODY);
        return true;
    }

    /** The case's table, when the case exists. */
    java.util.Optional<Long> tableOf(long caseId) {
        return dsl.select(CASE_FILE.CARE_TABLE_ID).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId))
                .fetchOptional(CASE_FILE.CARE_TABLE_ID);
    }

    /** Whether a legal hold is in force on the case. */
    boolean held(long caseId) {
        return dsl.fetchExists(LEGAL_HOLD, LEGAL_HOLD.CASE_FILE_ID.eq(caseId).and(LEGAL_HOLD.LIFTED_AT.isNull()));
    }

    /**
     * Marks a purged case as erased at the young person's request (so its screens say so) and ends
     * any restriction: nothing is left to restrict.
     */
    void markErased(long caseId, Instant now) {
        dsl.update(CASE_FILE).set(CASE_FILE.ERASED_AT, now).setNull(CASE_FILE.RESTRICTED_AT)
                .where(CASE_FILE.ID.eq(caseId)).execute();
    }

    /** Purges a meedenkconsult's question and advice; false when it was purged already. */
    boolean purgeConsultation(long consultationId, Instant now) {
        return dsl.update(CONSULTATION)
                .set(emptied(CONSULTATION.QUESTION, CONSULTATION.ADVICE))
                .set(CONSULTATION.PURGED_AT, now)
                .set(CONSULTATION.VERSION, CONSULTATION.VERSION.plus(1))
                .where(CONSULTATION.ID.eq(consultationId).and(CONSULTATION.PURGED_AT.isNull()))
                .execute() == 1;
    }

    private void empty(Table<?> table, Condition rows, Field<?>... columns) {
        dsl.update(table).set(emptied(columns)).where(rows).execute();
    }

    /** Each column set to a NULL of its own type (works for sealed text as for plain columns). */
    private static Map<Field<?>, Field<?>> emptied(Field<?>... columns) {
        Map<Field<?>, Field<?>> values = new LinkedHashMap<>();
        for (Field<?> column : columns) {
            values.put(column, DSL.castNull(column));
        }
        return values;
    }
}
