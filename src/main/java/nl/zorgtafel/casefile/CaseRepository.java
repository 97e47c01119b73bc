package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PARTICIPANT;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.CASE_CODE_COUNTER;
import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CASE_FILE_EXPLOITATION;
import static nl.zorgtafel.db.Tables.CASE_FILE_INVOLVED_ORGANISATION;
import static nl.zorgtafel.db.Tables.CASE_FILE_MUNICIPALITY;
import static nl.zorgtafel.db.Tables.CASE_FILE_VULNERABILITY;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.RISK_ASSESSMENT;
import static nl.zorgtafel.db.Tables.ROUTE_MILESTONE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.db.tables.records.CaseFileRecord;
import nl.zorgtafel.security.CaseScope;

@Repository
class CaseRepository {

    private final DSLContext dsl;

    CaseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The next number for a table and year; the counter row stays locked until commit. */
    int nextNumber(long tableId, int year) {
        dsl.insertInto(CASE_CODE_COUNTER)
                .set(CASE_CODE_COUNTER.CARE_TABLE_ID, tableId)
                .set(CASE_CODE_COUNTER.CODE_YEAR, year)
                .set(CASE_CODE_COUNTER.LAST_NUMBER, 0)
                .onDuplicateKeyIgnore()
                .execute();
        dsl.update(CASE_CODE_COUNTER)
                .set(CASE_CODE_COUNTER.LAST_NUMBER, CASE_CODE_COUNTER.LAST_NUMBER.plus(1))
                .where(CASE_CODE_COUNTER.CARE_TABLE_ID.eq(tableId).and(CASE_CODE_COUNTER.CODE_YEAR.eq(year)))
                .execute();
        return dsl.select(CASE_CODE_COUNTER.LAST_NUMBER).from(CASE_CODE_COUNTER)
                .where(CASE_CODE_COUNTER.CARE_TABLE_ID.eq(tableId).and(CASE_CODE_COUNTER.CODE_YEAR.eq(year)))
                .fetchSingle(CASE_CODE_COUNTER.LAST_NUMBER);
    }

    String tableCode(long tableId) {
        return dsl.select(CARE_TABLE.CODE).from(CARE_TABLE).where(CARE_TABLE.ID.eq(tableId)).fetchSingle(CARE_TABLE.CODE);
    }

    long insert(long tableId, String code, long organisationId, long personId, CaseIntake intake,
            StoredCase.EncryptedIdentity identity, Instant now) {
        CaseFileRecord row = dsl.newRecord(CASE_FILE);
        row.setCareTableId(tableId);
        row.setCode(code);
        row.setStatus(CaseStatus.CONCEPT.name());
        row.setProposingOrganisationId(organisationId);
        row.setProposedByPersonId(personId);
        row.setCreatedAt(now);
        write(row, intake, identity, now);
        row.store();
        replaceSets(row.getId(), intake);
        return row.getId();
    }

    /** Saves changed intake facts when the version still matches; false when somebody was first. */
    boolean update(CaseIntake intake, StoredCase.EncryptedIdentity identity, Instant now) {
        CaseFileRecord row = dsl.newRecord(CASE_FILE);
        write(row, intake, identity, now);
        row.changed(CASE_FILE.ID, false);
        int updated = dsl.update(CASE_FILE).set(row).set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .where(CASE_FILE.ID.eq(intake.id()).and(CASE_FILE.VERSION.eq(intake.version())))
                .execute();
        if (updated == 1) {
            replaceSets(intake.id(), intake);
        }
        return updated == 1;
    }

    private static void write(CaseFileRecord row, CaseIntake i, StoredCase.EncryptedIdentity identity, Instant now) {
        row.setNamed(i.named());
        row.setUrgency(i.urgency().name());
        row.setYoungPersonRole(i.role() == null ? null : i.role().name());
        row.setAge(i.age());
        row.setAgeBand(i.ageBand());
        row.setGender(i.gender());
        row.setLivingSituation(i.livingSituation() == null ? null : i.livingSituation().name());
        row.setDaytimeActivity(i.daytimeActivity());
        row.setOnlineComponent(i.onlineComponent());
        row.setSignals(i.signals());
        row.setQuestion(i.question());
        row.setYoungPersonInformed(i.youngPersonInformed());
        row.setYoungPersonNotInformed(i.youngPersonNotInformedReason());
        row.setParentsInformed(i.parentsInformed());
        row.setParentsNotInformed(i.parentsNotInformedReason());
        row.setVoiceOfYoungPerson(i.voiceOfYoungPerson());
        row.setLegalBasis(i.legalBasis() == null ? null : i.legalBasis().name());
        row.setConflictOfDuties(i.conflictOfDuties());
        row.setConsentGivenBy(i.consentGivenBy() == null ? null : i.consentGivenBy().name());
        row.setConsentDate(i.consentDate());
        row.setNameEnc(identity.name());
        row.setDateOfBirthEnc(identity.dateOfBirth());
        row.setAddressEnc(identity.address());
        row.setBsnEnc(identity.bsn());
        row.setPersonHash(identity.personHash());
        row.setUpdatedAt(now);
    }

    private void replaceSets(long caseId, CaseIntake intake) {
        dsl.deleteFrom(CASE_FILE_EXPLOITATION).where(CASE_FILE_EXPLOITATION.CASE_FILE_ID.eq(caseId)).execute();
        intake.forms().forEach(f -> dsl.insertInto(CASE_FILE_EXPLOITATION)
                .set(CASE_FILE_EXPLOITATION.CASE_FILE_ID, caseId).set(CASE_FILE_EXPLOITATION.FORM, f.name()).execute());
        dsl.deleteFrom(CASE_FILE_VULNERABILITY).where(CASE_FILE_VULNERABILITY.CASE_FILE_ID.eq(caseId)).execute();
        intake.vulnerabilities().forEach(v -> dsl.insertInto(CASE_FILE_VULNERABILITY)
                .set(CASE_FILE_VULNERABILITY.CASE_FILE_ID, caseId)
                .set(CASE_FILE_VULNERABILITY.VULNERABILITY, v.name()).execute());
        dsl.deleteFrom(CASE_FILE_MUNICIPALITY).where(CASE_FILE_MUNICIPALITY.CASE_FILE_ID.eq(caseId)).execute();
        intake.municipalityIds().forEach(m -> dsl.insertInto(CASE_FILE_MUNICIPALITY)
                .set(CASE_FILE_MUNICIPALITY.CASE_FILE_ID, caseId)
                .set(CASE_FILE_MUNICIPALITY.MUNICIPALITY_ID, m).execute());
        dsl.deleteFrom(CASE_FILE_INVOLVED_ORGANISATION)
                .where(CASE_FILE_INVOLVED_ORGANISATION.CASE_FILE_ID.eq(caseId)).execute();
        intake.involvedOrganisationIds().forEach(o -> dsl.insertInto(CASE_FILE_INVOLVED_ORGANISATION)
                .set(CASE_FILE_INVOLVED_ORGANISATION.CASE_FILE_ID, caseId)
                .set(CASE_FILE_INVOLVED_ORGANISATION.ORGANISATION_ID, o).execute());
    }

    Optional<StoredCase> load(long caseId) {
        Set<ExploitationForm> forms = dsl.select(CASE_FILE_EXPLOITATION.FORM).from(CASE_FILE_EXPLOITATION)
                .where(CASE_FILE_EXPLOITATION.CASE_FILE_ID.eq(caseId))
                .fetchSet(r -> ExploitationForm.valueOf(r.value1()));
        Set<Vulnerability> vulnerabilities = dsl.select(CASE_FILE_VULNERABILITY.VULNERABILITY)
                .from(CASE_FILE_VULNERABILITY).where(CASE_FILE_VULNERABILITY.CASE_FILE_ID.eq(caseId))
                .fetchSet(r -> Vulnerability.valueOf(r.value1()));
        Set<Long> municipalities = dsl.select(CASE_FILE_MUNICIPALITY.MUNICIPALITY_ID).from(CASE_FILE_MUNICIPALITY)
                .where(CASE_FILE_MUNICIPALITY.CASE_FILE_ID.eq(caseId)).fetchSet(CASE_FILE_MUNICIPALITY.MUNICIPALITY_ID);
        Set<Long> involved = dsl.select(CASE_FILE_INVOLVED_ORGANISATION.ORGANISATION_ID)
                .from(CASE_FILE_INVOLVED_ORGANISATION).where(CASE_FILE_INVOLVED_ORGANISATION.CASE_FILE_ID.eq(caseId))
                .fetchSet(CASE_FILE_INVOLVED_ORGANISATION.ORGANISATION_ID);
        return dsl.select(CASE_FILE.asterisk(), ORGANISATION.NAME)
                .from(CASE_FILE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.PROPOSING_ORGANISATION_ID))
                .where(CASE_FILE.ID.eq(caseId))
                .fetchOptional(r -> stored(r, forms, vulnerabilities, municipalities, involved));
    }

    private static StoredCase stored(Record r, Set<ExploitationForm> forms, Set<Vulnerability> vulnerabilities,
            Set<Long> municipalities, Set<Long> involved) {
        CaseFileRecord c = r.into(CASE_FILE);
        var intake = new CaseIntake(c.getId(), c.getVersion(), c.getNamed(), Urgency.valueOf(c.getUrgency()),
                c.getYoungPersonRole() == null ? null : YoungPersonRole.valueOf(c.getYoungPersonRole()), c.getAge(),
                c.getAgeBand(), c.getGender(), municipalities,
                c.getLivingSituation() == null ? null : LivingSituation.valueOf(c.getLivingSituation()),
                c.getDaytimeActivity(), forms, c.getOnlineComponent(), vulnerabilities, c.getSignals(), c.getQuestion(),
                involved, c.getYoungPersonInformed(), c.getYoungPersonNotInformed(), c.getParentsInformed(),
                c.getParentsNotInformed(), c.getVoiceOfYoungPerson(),
                c.getLegalBasis() == null ? null : LegalBasis.valueOf(c.getLegalBasis()), c.getConflictOfDuties(),
                c.getConsentGivenBy() == null ? null : ConsentGiver.valueOf(c.getConsentGivenBy()), c.getConsentDate(),
                null);
        return new StoredCase(c.getId(), c.getCareTableId(), c.getCode(), CaseStatus.valueOf(c.getStatus()),
                c.getProposingOrganisationId(), r.get(ORGANISATION.NAME), c.getProposedByPersonId(), c.getRepeatCase(),
                c.getSubmittedAt(), intake, new StoredCase.EncryptedIdentity(c.getNameEnc(), c.getDateOfBirthEnc(),
                        c.getAddressEnc(), c.getBsnEnc(), c.getPersonHash()));
    }

    /** Moves a case to a new status when the version still matches. */
    boolean moveTo(long caseId, int version, CaseStatus status, String reason, String advice, Instant submittedAt,
            Instant closedAt, String closeReason, Boolean repeatCase, Instant now) {
        var update = dsl.update(CASE_FILE)
                .set(CASE_FILE.STATUS, status.name())
                .set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .set(CASE_FILE.UPDATED_AT, now);
        if (reason != null) {
            update = update.set(CASE_FILE.DECISION_REASON, reason).set(CASE_FILE.DECISION_ADVICE, advice);
        }
        if (submittedAt != null) {
            update = update.set(CASE_FILE.SUBMITTED_AT, submittedAt);
        }
        if (repeatCase != null) {
            update = update.set(CASE_FILE.REPEAT_CASE, repeatCase);
        }
        if (closedAt != null) {
            update = update.set(CASE_FILE.CLOSED_AT, closedAt).set(CASE_FILE.CLOSE_REASON, closeReason);
        }
        return update.where(CASE_FILE.ID.eq(caseId).and(CASE_FILE.VERSION.eq(version))).execute() == 1;
    }

    /** True when a case of the same person (keyed hash) was closed at or after {@code since}. */
    boolean closedCaseOfSamePersonSince(String personHash, long exceptCaseId, Instant since) {
        return dsl.fetchCount(CASE_FILE, CASE_FILE.PERSON_HASH.eq(personHash)
                .and(CASE_FILE.ID.ne(exceptCaseId))
                .and(CASE_FILE.STATUS.eq(CaseStatus.AFGESLOTEN.name()))
                .and(CASE_FILE.CLOSED_AT.ge(since))) > 0;
    }

    List<CaseSummary> find(CaseScope scope, CaseFilter filter, int offset, int limit) {
        return dsl.select(CASE_FILE.ID, CASE_FILE.CODE, CASE_FILE.STATUS, CASE_FILE.URGENCY, CASE_FILE.NAMED,
                        ORGANISATION.NAME, CASE_FILE.SUBMITTED_AT, CASE_FILE.REPEAT_CASE)
                .from(CASE_FILE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.PROPOSING_ORGANISATION_ID))
                .where(conditions(scope, filter))
                .orderBy(CASE_FILE.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new CaseSummary(r.value1(), r.value2(), CaseStatus.valueOf(r.value3()),
                        Urgency.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8()));
    }

    int count(CaseScope scope, CaseFilter filter) {
        return dsl.fetchCount(CASE_FILE, conditions(scope, filter));
    }

    /** The need-to-know rule in SQL (see AccessRule): all of the table, or where the organisation is involved. */
    private static List<Condition> conditions(CaseScope scope, CaseFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(CASE_FILE.CARE_TABLE_ID.eq(scope.tableId()));
        // Drafts are the proposer's own until submitted.
        conditions.add(CASE_FILE.STATUS.ne(CaseStatus.CONCEPT.name())
                .or(CASE_FILE.PROPOSING_ORGANISATION_ID.eq(scope.organisationId())));
        if (filter.onlyMyOrganisation()) {
            conditions.add(CASE_FILE.PROPOSING_ORGANISATION_ID.eq(scope.organisationId()));
        } else if (!scope.allOfTable()) {
            // Need-to-know (AccessRule): proposer, deelnemer of an agenda item for the case, or
            // owner of an action on it.
            conditions.add(CASE_FILE.PROPOSING_ORGANISATION_ID.eq(scope.organisationId())
                    .or(DSL.exists(DSL.selectOne().from(AGENDA_ITEM_PARTICIPANT)
                            .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID))
                            .where(AGENDA_ITEM.CASE_FILE_ID.eq(CASE_FILE.ID)
                                    .and(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID.eq(scope.organisationId())))))
                    .or(DSL.exists(DSL.selectOne().from(ACTION_ITEM)
                            .where(ACTION_ITEM.CASE_FILE_ID.eq(CASE_FILE.ID)
                                    .and(ACTION_ITEM.ORGANISATION_ID.eq(scope.organisationId()))))));
        }
        if (filter.status() != null) {
            conditions.add(CASE_FILE.STATUS.eq(filter.status().name()));
        }
        if (filter.urgency() != null) {
            conditions.add(CASE_FILE.URGENCY.eq(filter.urgency().name()));
        }
        if (filter.form() != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(CASE_FILE_EXPLOITATION)
                    .where(CASE_FILE_EXPLOITATION.CASE_FILE_ID.eq(CASE_FILE.ID)
                            .and(CASE_FILE_EXPLOITATION.FORM.eq(filter.form().name())))));
        }
        if (filter.municipalityId() != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(CASE_FILE_MUNICIPALITY)
                    .where(CASE_FILE_MUNICIPALITY.CASE_FILE_ID.eq(CASE_FILE.ID)
                            .and(CASE_FILE_MUNICIPALITY.MUNICIPALITY_ID.eq(filter.municipalityId())))));
        }
        return conditions;
    }

    void insertRiskAssessment(long caseId, RiskAssessment r, long personId, Instant now) {
        dsl.insertInto(RISK_ASSESSMENT)
                .set(RISK_ASSESSMENT.CASE_FILE_ID, caseId)
                .set(RISK_ASSESSMENT.INSTRUMENT, r.instrument())
                .set(RISK_ASSESSMENT.ASSESSED_ON, r.assessedOn())
                .set(RISK_ASSESSMENT.OUTCOME, r.outcome())
                .set(RISK_ASSESSMENT.ASSESSED_BY, r.assessedBy())
                .set(RISK_ASSESSMENT.RECORDED_BY_PERSON_ID, personId)
                .set(RISK_ASSESSMENT.CREATED_AT, now)
                .execute();
    }

    List<RiskAssessment> riskAssessments(long caseId) {
        return dsl.selectFrom(RISK_ASSESSMENT).where(RISK_ASSESSMENT.CASE_FILE_ID.eq(caseId))
                .orderBy(RISK_ASSESSMENT.ASSESSED_ON.desc(), RISK_ASSESSMENT.ID.desc())
                .fetch(r -> new RiskAssessment(r.getId(), r.getInstrument(), r.getAssessedOn(), r.getOutcome(),
                        r.getAssessedBy()));
    }

    void insertMilestone(long caseId, RouteMilestone m, long personId, Instant now) {
        dsl.insertInto(ROUTE_MILESTONE)
                .set(ROUTE_MILESTONE.CASE_FILE_ID, caseId)
                .set(ROUTE_MILESTONE.MILESTONE, m.milestone().name())
                .set(ROUTE_MILESTONE.VARIANT, m.variant())
                .set(ROUTE_MILESTONE.OCCURRED_ON, m.occurredOn())
                .set(ROUTE_MILESTONE.BY_ORGANISATION_ID, m.byOrganisationId())
                .set(ROUTE_MILESTONE.NOTE, m.note())
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
                .fetch(r -> new RouteMilestone(r.value1(), Milestone.valueOf(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7()));
    }

    /** Closed cases of the table whose 12-month check is due (closed before {@code closedBefore}). */
    List<CaseSummary> dueForClosureCheck(long tableId, Instant closedBefore) {
        return dsl.select(CASE_FILE.ID, CASE_FILE.CODE, CASE_FILE.STATUS, CASE_FILE.URGENCY, CASE_FILE.NAMED,
                        ORGANISATION.NAME, CASE_FILE.SUBMITTED_AT, CASE_FILE.REPEAT_CASE)
                .from(CASE_FILE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.PROPOSING_ORGANISATION_ID))
                .where(CASE_FILE.CARE_TABLE_ID.eq(tableId)
                        .and(CASE_FILE.STATUS.eq(CaseStatus.AFGESLOTEN.name()))
                        .and(CASE_FILE.CLOSED_AT.lt(closedBefore))
                        .and(CASE_FILE.CLOSURE_CHECKED_AT.isNull()))
                .orderBy(CASE_FILE.CLOSED_AT)
                .limit(50)
                .fetch(r -> new CaseSummary(r.value1(), r.value2(), CaseStatus.valueOf(r.value3()),
                        Urgency.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8()));
    }

    void markClosureChecked(long caseId, Instant now) {
        dsl.update(CASE_FILE).set(CASE_FILE.CLOSURE_CHECKED_AT, now).set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .where(CASE_FILE.ID.eq(caseId)).execute();
    }

    /** The e-mail address of the person who brought the case in (for notices without case content). */
    Optional<String> proposerEmail(long caseId) {
        return dsl.select(PERSON.EMAIL).from(CASE_FILE).join(PERSON).on(PERSON.ID.eq(CASE_FILE.PROPOSED_BY_PERSON_ID))
                .where(CASE_FILE.ID.eq(caseId).and(PERSON.ACTIVE.isTrue()))
                .fetchOptional(PERSON.EMAIL);
    }

    /** Organisations that are deelnemer of an agenda item for the case. */
    Set<Long> deelnemers(long caseId) {
        return dsl.selectDistinct(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID).from(AGENDA_ITEM_PARTICIPANT)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM.CASE_FILE_ID.eq(caseId))
                .fetchSet(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID);
    }

    /** Organisations that own an action on the case. */
    Set<Long> actionOwners(long caseId) {
        return dsl.selectDistinct(ACTION_ITEM.ORGANISATION_ID).from(ACTION_ITEM)
                .where(ACTION_ITEM.CASE_FILE_ID.eq(caseId))
                .fetchSet(ACTION_ITEM.ORGANISATION_ID);
    }

    void addEvent(long caseId, Long actorPersonId, String kind, String detail, Instant now) {
        dsl.insertInto(CASE_EVENT)
                .set(CASE_EVENT.CASE_FILE_ID, caseId)
                .set(CASE_EVENT.OCCURRED_AT, now)
                .set(CASE_EVENT.ACTOR_PERSON_ID, actorPersonId)
                .set(CASE_EVENT.KIND, kind)
                .set(CASE_EVENT.DETAIL, detail)
                .execute();
    }

    List<CaseFileView.CaseEvent> events(long caseId) {
        return dsl.select(CASE_EVENT.OCCURRED_AT, PERSON.DISPLAY_NAME, CASE_EVENT.KIND, CASE_EVENT.DETAIL)
                .from(CASE_EVENT)
                .leftJoin(PERSON).on(PERSON.ID.eq(CASE_EVENT.ACTOR_PERSON_ID))
                .where(CASE_EVENT.CASE_FILE_ID.eq(caseId))
                .orderBy(CASE_EVENT.OCCURRED_AT, CASE_EVENT.ID)
                .fetch(r -> new CaseFileView.CaseEvent(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
