package nl.zorgtafel.retention;

import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.COMENSHA_REGISTRATION;
import static nl.zorgtafel.db.Tables.CONSULTATION;
import static nl.zorgtafel.db.Tables.ITEM_NOTE;
import static nl.zorgtafel.db.Tables.LEGAL_HOLD;
import static nl.zorgtafel.db.Tables.MINUTES_LETTER;
import static nl.zorgtafel.db.Tables.MINUTES_SUMMARY;
import static nl.zorgtafel.db.Tables.RISK_ASSESSMENT;
import static nl.zorgtafel.db.Tables.ROUTE_MILESTONE;

import java.time.Instant;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Empties one case's identifying data and every free text about it, in every table that holds
 * some, and keeps the anonymous descriptors (status, dates, forms, age band, gender,
 * municipalities, vulnerabilities, role, online component, proposing organisation, milestone
 * kinds and dates, action status, deadline and owner) that insight counts. One place lists every
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
                .set(CASE_FILE.NAME_ENC, DSL.castNull(CASE_FILE.NAME_ENC))
                .set(CASE_FILE.DATE_OF_BIRTH_ENC, DSL.castNull(CASE_FILE.DATE_OF_BIRTH_ENC))
                .set(CASE_FILE.ADDRESS_ENC, DSL.castNull(CASE_FILE.ADDRESS_ENC))
                .set(CASE_FILE.BSN_ENC, DSL.castNull(CASE_FILE.BSN_ENC))
                .set(CASE_FILE.PERSON_HASH, DSL.castNull(CASE_FILE.PERSON_HASH))
                .set(CASE_FILE.SIGNALS, DSL.castNull(CASE_FILE.SIGNALS))
                .set(CASE_FILE.QUESTION, DSL.castNull(CASE_FILE.QUESTION))
                .set(CASE_FILE.YOUNG_PERSON_NOT_INFORMED, DSL.castNull(CASE_FILE.YOUNG_PERSON_NOT_INFORMED))
                .set(CASE_FILE.PARENTS_NOT_INFORMED, DSL.castNull(CASE_FILE.PARENTS_NOT_INFORMED))
                .set(CASE_FILE.VOICE_OF_YOUNG_PERSON, DSL.castNull(CASE_FILE.VOICE_OF_YOUNG_PERSON))
                .set(CASE_FILE.CONFLICT_OF_DUTIES, DSL.castNull(CASE_FILE.CONFLICT_OF_DUTIES))
                .set(CASE_FILE.DECISION_REASON, DSL.castNull(CASE_FILE.DECISION_REASON))
                .set(CASE_FILE.DECISION_ADVICE, DSL.castNull(CASE_FILE.DECISION_ADVICE))
                .set(CASE_FILE.DAYTIME_ACTIVITY, DSL.castNull(CASE_FILE.DAYTIME_ACTIVITY))
                .set(CASE_FILE.PURGED_AT, now)
                .set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .where(CASE_FILE.ID.eq(caseId).and(CASE_FILE.PURGED_AT.isNull()))
                .execute();
        if (marked == 0) {
            return false;
        }
        dsl.update(CASE_EVENT)
                .set(CASE_EVENT.MESSAGE, DSL.castNull(CASE_EVENT.MESSAGE))
                .set(CASE_EVENT.ADVICE, DSL.castNull(CASE_EVENT.ADVICE))
                .where(CASE_EVENT.CASE_FILE_ID.eq(caseId)).execute();
        dsl.update(RISK_ASSESSMENT)
                .set(RISK_ASSESSMENT.OUTCOME, DSL.castNull(RISK_ASSESSMENT.OUTCOME))
                .set(RISK_ASSESSMENT.ASSESSED_BY, DSL.castNull(RISK_ASSESSMENT.ASSESSED_BY))
                .where(RISK_ASSESSMENT.CASE_FILE_ID.eq(caseId)).execute();
        dsl.update(ROUTE_MILESTONE)
                .set(ROUTE_MILESTONE.NOTE, DSL.castNull(ROUTE_MILESTONE.NOTE))
                .where(ROUTE_MILESTONE.CASE_FILE_ID.eq(caseId)).execute();
        dsl.update(COMENSHA_REGISTRATION)
                .set(COMENSHA_REGISTRATION.LAWFUL_REASON, DSL.castNull(COMENSHA_REGISTRATION.LAWFUL_REASON))
                .where(COMENSHA_REGISTRATION.CASE_FILE_ID.eq(caseId)).execute();
        dsl.update(LEGAL_HOLD)
                .set(LEGAL_HOLD.REASON, DSL.castNull(LEGAL_HOLD.REASON))
                .where(LEGAL_HOLD.CASE_FILE_ID.eq(caseId)).execute();
        dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.DESCRIPTION, DSL.castNull(ACTION_ITEM.DESCRIPTION))
                .set(ACTION_ITEM.STATUS_REASON, DSL.castNull(ACTION_ITEM.STATUS_REASON))
                .set(ACTION_ITEM.REVIEW_NOTE, DSL.castNull(ACTION_ITEM.REVIEW_NOTE))
                .where(ACTION_ITEM.CASE_FILE_ID.eq(caseId)).execute();
        var items = DSL.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).where(AGENDA_ITEM.CASE_FILE_ID.eq(caseId));
        dsl.update(ITEM_NOTE)
                .set(ITEM_NOTE.BODY, DSL.castNull(ITEM_NOTE.BODY))
                .where(ITEM_NOTE.AGENDA_ITEM_ID.in(items)).execute();
        dsl.update(MINUTES_SUMMARY)
                .set(MINUTES_SUMMARY.SUMMARY, DSL.castNull(MINUTES_SUMMARY.SUMMARY))
                .where(MINUTES_SUMMARY.AGENDA_ITEM_ID.in(items)).execute();
        dsl.update(MINUTES_LETTER)
                .set(MINUTES_LETTER.BODY, DSL.castNull(MINUTES_LETTER.BODY))
                .where(MINUTES_LETTER.AGENDA_ITEM_ID.in(items)).execute();
        return true;
    }

    /** Purges a meedenkconsult's question and advice; false when it was purged already. */
    boolean purgeConsultation(long consultationId, Instant now) {
        return dsl.update(CONSULTATION)
                .set(CONSULTATION.QUESTION, DSL.castNull(CONSULTATION.QUESTION))
                .set(CONSULTATION.ADVICE, DSL.castNull(CONSULTATION.ADVICE))
                .set(CONSULTATION.PURGED_AT, now)
                .set(CONSULTATION.VERSION, CONSULTATION.VERSION.plus(1))
                .where(CONSULTATION.ID.eq(consultationId).and(CONSULTATION.PURGED_AT.isNull()))
                .execute() == 1;
    }
}
