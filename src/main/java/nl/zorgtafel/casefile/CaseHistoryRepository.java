package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.RISK_ASSESSMENT;
import static nl.zorgtafel.db.Tables.ROUTE_MILESTONE;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.db.tables.records.CaseEventRecord;

/** What happened to a case: its events, risk assessments and route milestones. */
@Repository
class CaseHistoryRepository {

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    CaseHistoryRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    void add(long caseId, Long actorPersonId, CaseEventKind kind, String detail, Instant now) {
        newEvent(caseId, actorPersonId, kind, detail, now).store();
    }

    void addStatus(StatusChange change, Long actorPersonId, Instant now) {
        CaseEventRecord row = newEvent(change.caseId(), actorPersonId, CaseEventKind.STATUS,
                change.closeReason() == null ? null : change.closeReason().name(), now);
        row.setFromStatus(change.from());
        row.setToStatus(change.to());
        row.setMessage(encryption.seal(CASE_EVENT.MESSAGE, change.reason()));
        row.setAdvice(encryption.seal(CASE_EVENT.ADVICE, change.advice()));
        row.store();
    }

    void addDiscussed(long caseId, Long actorPersonId, long meetingId, Instant now) {
        CaseEventRecord row = newEvent(caseId, actorPersonId, CaseEventKind.DISCUSSED, null, now);
        row.setMeetingId(meetingId);
        row.store();
    }

    void addAnswer(long caseId, long actorPersonId, String answer, Instant now) {
        CaseEventRecord row = newEvent(caseId, actorPersonId, CaseEventKind.ANSWERED, null, now);
        row.setMessage(encryption.seal(CASE_EVENT.MESSAGE, answer));
        row.store();
    }

    private CaseEventRecord newEvent(long caseId, Long actorPersonId, CaseEventKind kind, String detail, Instant now) {
        CaseEventRecord row = dsl.newRecord(CASE_EVENT);
        row.setCaseFileId(caseId);
        row.setOccurredAt(now);
        row.setActorPersonId(actorPersonId);
        row.setKind(kind);
        row.setDetail(detail);
        return row;
    }

    /** The case's history, oldest first, with the session date of each discussion. */
    List<CaseFileView.CaseEvent> events(long caseId) {
        return dsl.select(CASE_EVENT.OCCURRED_AT, PERSON.DISPLAY_NAME, CASE_EVENT.KIND, CASE_EVENT.DETAIL,
                        CASE_EVENT.FROM_STATUS, CASE_EVENT.TO_STATUS, MEETING.STARTS_AT, CASE_EVENT.MESSAGE,
                        CASE_EVENT.ADVICE)
                .from(CASE_EVENT)
                .leftJoin(PERSON).on(PERSON.ID.eq(CASE_EVENT.ACTOR_PERSON_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(CASE_EVENT.MEETING_ID))
                .where(CASE_EVENT.CASE_FILE_ID.eq(caseId))
                .orderBy(CASE_EVENT.OCCURRED_AT, CASE_EVENT.ID)
                .fetch(r -> new CaseFileView.CaseEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), encryption.open(CASE_EVENT.MESSAGE, r.value8()),
                        encryption.open(CASE_EVENT.ADVICE, r.value9())));
    }

    void insertRiskAssessment(long caseId, RiskAssessment r, long personId, Instant now) {
        dsl.insertInto(RISK_ASSESSMENT)
                .set(RISK_ASSESSMENT.CASE_FILE_ID, caseId)
                .set(RISK_ASSESSMENT.INSTRUMENT, r.instrument())
                .set(RISK_ASSESSMENT.ASSESSED_ON, r.assessedOn())
                .set(RISK_ASSESSMENT.OUTCOME, encryption.seal(RISK_ASSESSMENT.OUTCOME, r.outcome()))
                .set(RISK_ASSESSMENT.ASSESSED_BY, encryption.seal(RISK_ASSESSMENT.ASSESSED_BY, r.assessedBy()))
                .set(RISK_ASSESSMENT.RECORDED_BY_PERSON_ID, personId)
                .set(RISK_ASSESSMENT.CREATED_AT, now)
                .execute();
    }

    List<RiskAssessment> riskAssessments(long caseId) {
        return dsl.selectFrom(RISK_ASSESSMENT).where(RISK_ASSESSMENT.CASE_FILE_ID.eq(caseId))
                .orderBy(RISK_ASSESSMENT.ASSESSED_ON.desc(), RISK_ASSESSMENT.ID.desc())
                .fetch(r -> new RiskAssessment(r.getId(), r.getInstrument(), r.getAssessedOn(),
                        encryption.open(RISK_ASSESSMENT.OUTCOME, r.getOutcome()),
                        encryption.open(RISK_ASSESSMENT.ASSESSED_BY, r.getAssessedBy())));
    }

    void insertMilestone(long caseId, RouteMilestone m, long personId, Instant now) {
        dsl.insertInto(ROUTE_MILESTONE)
                .set(ROUTE_MILESTONE.CASE_FILE_ID, caseId)
                .set(ROUTE_MILESTONE.MILESTONE, m.milestone())
                .set(ROUTE_MILESTONE.VARIANT, m.variant())
                .set(ROUTE_MILESTONE.OCCURRED_ON, m.occurredOn())
                .set(ROUTE_MILESTONE.BY_ORGANISATION_ID, m.byOrganisationId())
                .set(ROUTE_MILESTONE.NOTE, encryption.seal(ROUTE_MILESTONE.NOTE, m.note()))
                .set(ROUTE_MILESTONE.RECORDED_BY_PERSON_ID, personId)
                .set(ROUTE_MILESTONE.CREATED_AT, now)
                .execute();
    }

    List<RouteMilestone> milestones(long caseId) {
        return dsl.select(ROUTE_MILESTONE.ID, ROUTE_MILESTONE.MILESTONE, ROUTE_MILESTONE.VARIANT,
                        ROUTE_MILESTONE.OCCURRED_ON, ROUTE_MILESTONE.BY_ORGANISATION_ID, ORGANISATION.NAME,
                        ROUTE_MILESTONE.NOTE)
                .from(ROUTE_MILESTONE)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(ROUTE_MILESTONE.BY_ORGANISATION_ID))
                .where(ROUTE_MILESTONE.CASE_FILE_ID.eq(caseId))
                .orderBy(ROUTE_MILESTONE.OCCURRED_ON.desc(), ROUTE_MILESTONE.ID.desc())
                .fetch(r -> new RouteMilestone(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        encryption.open(ROUTE_MILESTONE.NOTE, r.value7())));
    }
}
