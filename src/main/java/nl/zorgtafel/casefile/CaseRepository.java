package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.CASE_CODE_COUNTER;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CASE_FILE_EXPLOITATION;
import static nl.zorgtafel.db.Tables.CASE_FILE_INVOLVED_ORGANISATION;
import static nl.zorgtafel.db.Tables.CASE_FILE_MUNICIPALITY;
import static nl.zorgtafel.db.Tables.CASE_FILE_VULNERABILITY;
import static nl.zorgtafel.db.Tables.MUNICIPALITY;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.base.db.SealedText;
import nl.zorgtafel.db.tables.records.CaseFileRecord;

/** Writes cases and reads one case as stored (identifying data still encrypted). */
@Repository
class CaseRepository {

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    CaseRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
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
        row.setStatus(CaseStatus.CONCEPT);
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

    private void write(CaseFileRecord row, CaseIntake i, StoredCase.EncryptedIdentity identity, Instant now) {
        row.setNamed(i.named());
        row.setUrgency(i.urgency());
        row.setYoungPersonRole(i.role());
        row.setAge(i.age());
        // A known age decides the band; otherwise the band the proposer chose.
        row.setAgeBand(i.age() != null ? AgeBand.of(i.age()) : i.ageBand());
        row.setGender(i.gender());
        row.setLivingSituation(i.livingSituation());
        row.setDaytimeActivity(encryption.seal(CASE_FILE.DAYTIME_ACTIVITY, i.daytimeActivity()));
        row.setOnlineComponent(i.onlineComponent());
        row.setSignals(encryption.seal(CASE_FILE.SIGNALS, i.signals()));
        row.setQuestion(encryption.seal(CASE_FILE.QUESTION, i.question()));
        row.setYoungPersonInformed(i.youngPersonInformed());
        row.setYoungPersonNotInformed(encryption.seal(CASE_FILE.YOUNG_PERSON_NOT_INFORMED, i.youngPersonNotInformedReason()));
        row.setParentsInformed(i.parentsInformed());
        row.setParentsNotInformed(encryption.seal(CASE_FILE.PARENTS_NOT_INFORMED, i.parentsNotInformedReason()));
        row.setVoiceOfYoungPerson(encryption.seal(CASE_FILE.VOICE_OF_YOUNG_PERSON, i.voiceOfYoungPerson()));
        row.setLegalBasis(i.legalBasis());
        row.setConflictOfDuties(encryption.seal(CASE_FILE.CONFLICT_OF_DUTIES, i.conflictOfDuties()));
        row.setConsentGivenBy(i.consentGivenBy());
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
                .set(CASE_FILE_EXPLOITATION.CASE_FILE_ID, caseId).set(CASE_FILE_EXPLOITATION.FORM, f).execute());
        dsl.deleteFrom(CASE_FILE_VULNERABILITY).where(CASE_FILE_VULNERABILITY.CASE_FILE_ID.eq(caseId)).execute();
        intake.vulnerabilities().forEach(v -> dsl.insertInto(CASE_FILE_VULNERABILITY)
                .set(CASE_FILE_VULNERABILITY.CASE_FILE_ID, caseId)
                .set(CASE_FILE_VULNERABILITY.VULNERABILITY, v).execute());
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
                .fetchSet(CASE_FILE_EXPLOITATION.FORM);
        Set<Vulnerability> vulnerabilities = dsl.select(CASE_FILE_VULNERABILITY.VULNERABILITY)
                .from(CASE_FILE_VULNERABILITY).where(CASE_FILE_VULNERABILITY.CASE_FILE_ID.eq(caseId))
                .fetchSet(CASE_FILE_VULNERABILITY.VULNERABILITY);
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

    private StoredCase stored(Record r, Set<ExploitationForm> forms, Set<Vulnerability> vulnerabilities,
            Set<Long> municipalities, Set<Long> involved) {
        CaseFileRecord c = r.into(CASE_FILE);
        var intake = new CaseIntake(c.getId(), c.getVersion(), c.getNamed(), c.getUrgency(), c.getYoungPersonRole(),
                c.getAge(), c.getAgeBand(), c.getGender(), municipalities, c.getLivingSituation(),
                open(CASE_FILE.DAYTIME_ACTIVITY, c), forms, c.getOnlineComponent(), vulnerabilities,
                open(CASE_FILE.SIGNALS, c), open(CASE_FILE.QUESTION, c), involved, c.getYoungPersonInformed(),
                open(CASE_FILE.YOUNG_PERSON_NOT_INFORMED, c), c.getParentsInformed(),
                open(CASE_FILE.PARENTS_NOT_INFORMED, c), open(CASE_FILE.VOICE_OF_YOUNG_PERSON, c), c.getLegalBasis(),
                open(CASE_FILE.CONFLICT_OF_DUTIES, c),
                c.getConsentGivenBy(), c.getConsentDate(), null);
        var identity = new StoredCase.EncryptedIdentity(c.getNameEnc(), c.getDateOfBirthEnc(), c.getAddressEnc(),
                c.getBsnEnc(), c.getPersonHash());
        return new StoredCase(c.getId(), c.getCareTableId(), c.getCode(), c.getStatus(),
                c.getProposingOrganisationId(), r.get(ORGANISATION.NAME), c.getProposedByPersonId(), c.getRepeatCase(),
                c.getSubmittedAt(), c.getClosedAt(), c.getCloseReason(), c.getNamingAllowedAt() != null,
                c.getConsentRecheckDue() == null ? null
                        : new ConsentRecheck(c.getConsentRecheckDue(), c.getConsentRecheckAge()),
                new CaseFileView.TriageOutcome(open(CASE_FILE.DECISION_REASON, c), open(CASE_FILE.DECISION_ADVICE, c)),
                intake, identity, c.getRestrictedAt() != null);
    }

    private String open(TableField<CaseFileRecord, SealedText> column, CaseFileRecord row) {
        return encryption.open(column, row.get(column));
    }

    /** Names of the case's municipalities, alphabetical. */
    List<String> municipalityNames(long caseId) {
        return dsl.select(MUNICIPALITY.NAME).from(CASE_FILE_MUNICIPALITY)
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(CASE_FILE_MUNICIPALITY.MUNICIPALITY_ID))
                .where(CASE_FILE_MUNICIPALITY.CASE_FILE_ID.eq(caseId))
                .orderBy(MUNICIPALITY.NAME)
                .fetch(MUNICIPALITY.NAME);
    }

    /** Names of the organisations the intake named as already involved, alphabetical. */
    List<String> involvedOrganisationNames(long caseId) {
        return dsl.select(ORGANISATION.NAME).from(CASE_FILE_INVOLVED_ORGANISATION)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE_INVOLVED_ORGANISATION.ORGANISATION_ID))
                .where(CASE_FILE_INVOLVED_ORGANISATION.CASE_FILE_ID.eq(caseId))
                .orderBy(ORGANISATION.NAME)
                .fetch(ORGANISATION.NAME);
    }

    /** Applies a status change when the version still matches; false when somebody was first. */
    boolean apply(StatusChange change, Instant now) {
        var update = dsl.update(CASE_FILE)
                .set(CASE_FILE.STATUS, change.to())
                .set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .set(CASE_FILE.UPDATED_AT, now);
        if (change.reason() != null) {
            update = update.set(CASE_FILE.DECISION_REASON, encryption.seal(CASE_FILE.DECISION_REASON, change.reason()))
                    .set(CASE_FILE.DECISION_ADVICE, encryption.seal(CASE_FILE.DECISION_ADVICE, change.advice()));
        }
        if (change.submittedAt() != null) {
            update = update.set(CASE_FILE.SUBMITTED_AT, change.submittedAt());
        }
        if (change.repeatCase() != null) {
            update = update.set(CASE_FILE.REPEAT_CASE, change.repeatCase());
        }
        if (change.closeReason() != null) {
            update = update.set(CASE_FILE.CLOSED_AT, now).set(CASE_FILE.CLOSE_REASON, change.closeReason())
                    .set(CASE_FILE.CLOSURE_CHECKED_AT, (Instant) null);
        }
        return update.where(CASE_FILE.ID.eq(change.caseId()).and(CASE_FILE.VERSION.eq(change.version())))
                .execute() == 1;
    }

    /** Marks the case a herhaalde casus (after it was named later). */
    void markRepeat(long caseId) {
        dsl.update(CASE_FILE).set(CASE_FILE.REPEAT_CASE, true).set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .where(CASE_FILE.ID.eq(caseId)).execute();
    }

    /** True when a case of the same person (keyed hash) was closed at or after {@code since}, at any table. */
    boolean closedCaseOfSamePersonSince(String personHash, long exceptCaseId, Instant since) {
        return dsl.fetchCount(CASE_FILE, CASE_FILE.PERSON_HASH.eq(personHash)
                .and(CASE_FILE.ID.ne(exceptCaseId))
                .and(CASE_FILE.STATUS.eq(CaseStatus.AFGESLOTEN))
                .and(CASE_FILE.CLOSED_AT.ge(since))) > 0;
    }

    void markClosureChecked(long caseId, Instant now) {
        dsl.update(CASE_FILE).set(CASE_FILE.CLOSURE_CHECKED_AT, now).set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .where(CASE_FILE.ID.eq(caseId)).execute();
    }

    /** Sets (or clears, with null) when consent must be asked again. */
    void setConsentRecheck(long caseId, ConsentRecheck recheck) {
        dsl.update(CASE_FILE)
                .set(CASE_FILE.CONSENT_RECHECK_DUE, recheck == null ? null : recheck.month())
                .set(CASE_FILE.CONSENT_RECHECK_AGE, recheck == null ? null : recheck.age())
                .where(CASE_FILE.ID.eq(caseId)).execute();
    }

    /** Records consent asked again; false when somebody changed the case meanwhile. */
    boolean recordConsent(long caseId, int version, ConsentGiver givenBy, java.time.LocalDate on, Instant now) {
        return dsl.update(CASE_FILE)
                .set(CASE_FILE.CONSENT_GIVEN_BY, givenBy)
                .set(CASE_FILE.CONSENT_DATE, on)
                .set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .set(CASE_FILE.UPDATED_AT, now)
                .where(CASE_FILE.ID.eq(caseId).and(CASE_FILE.VERSION.eq(version)))
                .execute() == 1;
    }

    void allowNaming(long caseId, Instant now) {
        dsl.update(CASE_FILE).set(CASE_FILE.NAMING_ALLOWED_AT, now).set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .where(CASE_FILE.ID.eq(caseId)).execute();
    }

    /** The e-mail address of the person who brought the case in (for notices without case content). */
    Optional<String> proposerEmail(long caseId) {
        return dsl.select(PERSON.EMAIL).from(CASE_FILE).join(PERSON).on(PERSON.ID.eq(CASE_FILE.PROPOSED_BY_PERSON_ID))
                .where(CASE_FILE.ID.eq(caseId).and(PERSON.ACTIVE.isTrue()))
                .fetchOptional(PERSON.EMAIL);
    }
}
