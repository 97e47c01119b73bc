package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.CONSULTATION;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.security.CaseScope;

@Repository
class ConsultationRepository {

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    ConsultationRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    /** The organisation's meedenkconsults at the table that got advice since {@code since}. */
    int countAnswered(long tableId, long organisationId, java.time.Instant since) {
        return dsl.fetchCount(CONSULTATION, CONSULTATION.CARE_TABLE_ID.eq(tableId)
                .and(CONSULTATION.ASKING_ORGANISATION_ID.eq(organisationId))
                .and(CONSULTATION.ANSWERED_AT.ge(since)));
    }

    /** Meedenkconsults of the table still waiting for the chair's advice. */
    int countWaiting(long tableId) {
        return dsl.fetchCount(CONSULTATION, CONSULTATION.CARE_TABLE_ID.eq(tableId).and(CONSULTATION.ANSWERED_AT.isNull()));
    }

    long insert(long tableId, long personId, long organisationId, String question, Instant now) {
        var row = dsl.newRecord(CONSULTATION);
        row.setCareTableId(tableId);
        row.setAskedByPersonId(personId);
        row.setAskingOrganisationId(organisationId);
        row.setQuestion(encryption.seal(CONSULTATION.QUESTION, question));
        row.setAskedAt(now);
        row.store();
        return row.getId();
    }

    boolean answer(long id, int version, String advice, long personId, Instant now) {
        return dsl.update(CONSULTATION)
                .set(CONSULTATION.ADVICE, encryption.seal(CONSULTATION.ADVICE, advice))
                .set(CONSULTATION.ANSWERED_BY_PERSON_ID, personId)
                .set(CONSULTATION.ANSWERED_AT, now)
                .set(CONSULTATION.VERSION, CONSULTATION.VERSION.plus(1))
                .where(CONSULTATION.ID.eq(id).and(CONSULTATION.VERSION.eq(version)))
                .execute() == 1;
    }

    Optional<Long> tableOf(long id) {
        return dsl.select(CONSULTATION.CARE_TABLE_ID).from(CONSULTATION).where(CONSULTATION.ID.eq(id))
                .fetchOptional(CONSULTATION.CARE_TABLE_ID);
    }

    /** Open questions first, newest first; all of the table for the chair, else the organisation's own. */
    List<Consultation> find(CaseScope scope) {
        var answerer = PERSON.as("answerer");
        Condition visible = CONSULTATION.CARE_TABLE_ID.eq(scope.tableId());
        if (!scope.allOfTable()) {
            visible = visible.and(CONSULTATION.ASKING_ORGANISATION_ID.eq(scope.organisationId()));
        }
        return dsl.select(CONSULTATION.ID, CONSULTATION.VERSION, ORGANISATION.NAME, CONSULTATION.QUESTION,
                        CONSULTATION.ASKED_AT, CONSULTATION.ADVICE, answerer.DISPLAY_NAME, CONSULTATION.ANSWERED_AT)
                .from(CONSULTATION)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CONSULTATION.ASKING_ORGANISATION_ID))
                .leftJoin(answerer).on(answerer.ID.eq(CONSULTATION.ANSWERED_BY_PERSON_ID))
                .where(visible)
                .orderBy(CONSULTATION.ANSWERED_AT.isNull().desc(), CONSULTATION.ASKED_AT.desc())
                .limit(200)
                .fetch(r -> new Consultation(r.value1(), r.value2(), r.value3(),
                        encryption.open(CONSULTATION.QUESTION, r.value4()), r.value5(),
                        encryption.open(CONSULTATION.ADVICE, r.value6()), r.value7(), r.value8()));
    }
}
