package nl.zorgtafel.subject;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CASE_FILE_EXPLOITATION;
import static nl.zorgtafel.db.Tables.CASE_FILE_INVOLVED_ORGANISATION;
import static nl.zorgtafel.db.Tables.CASE_FILE_MUNICIPALITY;
import static nl.zorgtafel.db.Tables.CASE_FILE_VULNERABILITY;
import static nl.zorgtafel.db.Tables.CASE_SIGNAL;
import static nl.zorgtafel.db.Tables.COMENSHA_REGISTRATION;
import static nl.zorgtafel.db.Tables.ITEM_NOTE;
import static nl.zorgtafel.db.Tables.LEGAL_HOLD;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.MINUTES_LETTER;
import static nl.zorgtafel.db.Tables.MINUTES_SUMMARY;
import static nl.zorgtafel.db.Tables.MUNICIPALITY;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.RISK_ASSESSMENT;
import static nl.zorgtafel.db.Tables.ROUTE_MILESTONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.base.db.SealedText;
import nl.zorgtafel.db.tables.records.CaseFileRecord;
import nl.zorgtafel.subject.SubjectExport.Access;
import nl.zorgtafel.subject.SubjectExport.Action;
import nl.zorgtafel.subject.SubjectExport.Assessment;
import nl.zorgtafel.subject.SubjectExport.CaseData;
import nl.zorgtafel.subject.SubjectExport.Discussion;
import nl.zorgtafel.subject.SubjectExport.Event;
import nl.zorgtafel.subject.SubjectExport.Facts;
import nl.zorgtafel.subject.SubjectExport.Hold;
import nl.zorgtafel.subject.SubjectExport.Identity;
import nl.zorgtafel.subject.SubjectExport.Note;
import nl.zorgtafel.subject.SubjectExport.Registration;
import nl.zorgtafel.subject.SubjectExport.Signal;
import nl.zorgtafel.subject.SubjectExport.Step;

/**
 * Reads everything about a set of cases for the data subject's export: one query per kind of data
 * for all the cases together (a person has a handful), opened through {@link FieldEncryption}. The
 * caller has decided that the chair may (SubjectService); this reads regardless of a restriction,
 * which stops processing, not the young person's own access.
 */
@Repository
class SubjectExportRepository {

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    SubjectExportRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    List<CaseData> cases(Collection<Long> ids) {
        var forms = grouped(dsl.select(CASE_FILE_EXPLOITATION.CASE_FILE_ID, CASE_FILE_EXPLOITATION.FORM)
                .from(CASE_FILE_EXPLOITATION).where(CASE_FILE_EXPLOITATION.CASE_FILE_ID.in(ids))
                .orderBy(CASE_FILE_EXPLOITATION.FORM).fetch(), r -> r.value1(), r -> r.value2().name());
        var vulnerabilities = grouped(dsl.select(CASE_FILE_VULNERABILITY.CASE_FILE_ID,
                        CASE_FILE_VULNERABILITY.VULNERABILITY).from(CASE_FILE_VULNERABILITY)
                .where(CASE_FILE_VULNERABILITY.CASE_FILE_ID.in(ids)).orderBy(CASE_FILE_VULNERABILITY.VULNERABILITY)
                .fetch(), r -> r.value1(), r -> r.value2().name());
        var municipalities = grouped(dsl.select(CASE_FILE_MUNICIPALITY.CASE_FILE_ID, MUNICIPALITY.NAME)
                .from(CASE_FILE_MUNICIPALITY).join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(CASE_FILE_MUNICIPALITY.MUNICIPALITY_ID))
                .where(CASE_FILE_MUNICIPALITY.CASE_FILE_ID.in(ids)).orderBy(MUNICIPALITY.NAME).fetch(),
                r -> r.value1(), r -> r.value2());
        var involved = grouped(dsl.select(CASE_FILE_INVOLVED_ORGANISATION.CASE_FILE_ID, ORGANISATION.NAME)
                .from(CASE_FILE_INVOLVED_ORGANISATION)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE_INVOLVED_ORGANISATION.ORGANISATION_ID))
                .where(CASE_FILE_INVOLVED_ORGANISATION.CASE_FILE_ID.in(ids)).orderBy(ORGANISATION.NAME).fetch(),
                r -> r.value1(), r -> r.value2());
        var events = events(ids);
        var assessments = grouped(dsl.selectFrom(RISK_ASSESSMENT).where(RISK_ASSESSMENT.CASE_FILE_ID.in(ids))
                .orderBy(RISK_ASSESSMENT.ASSESSED_ON, RISK_ASSESSMENT.ID).fetch(), r -> r.getCaseFileId(),
                r -> new Assessment(r.getAssessedOn(), r.getInstrument(), open(RISK_ASSESSMENT.OUTCOME, r.getOutcome()),
                        open(RISK_ASSESSMENT.ASSESSED_BY, r.getAssessedBy())));
        var steps = grouped(dsl.select(ROUTE_MILESTONE.asterisk(), ORGANISATION.NAME).from(ROUTE_MILESTONE)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(ROUTE_MILESTONE.BY_ORGANISATION_ID))
                .where(ROUTE_MILESTONE.CASE_FILE_ID.in(ids)).orderBy(ROUTE_MILESTONE.OCCURRED_ON, ROUTE_MILESTONE.ID)
                .fetch(), r -> r.get(ROUTE_MILESTONE.CASE_FILE_ID),
                r -> new Step(r.get(ROUTE_MILESTONE.OCCURRED_ON), r.get(ROUTE_MILESTONE.MILESTONE).name(),
                        r.get(ROUTE_MILESTONE.VARIANT), r.get(ORGANISATION.NAME),
                        open(ROUTE_MILESTONE.NOTE, r.get(ROUTE_MILESTONE.NOTE))));
        // The timeline's signals (issue 19). The safe contact and the police compartment are left out: the
        // first is about the young person's safety from others, the second is police data (docs/decisions.md).
        var signals = grouped(dsl.select(CASE_SIGNAL.CASE_FILE_ID, CASE_SIGNAL.OBSERVED_ON, CASE_SIGNAL.KIND,
                        ORGANISATION.NAME, CASE_SIGNAL.FACT).from(CASE_SIGNAL)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_SIGNAL.SOURCE_ORGANISATION_ID))
                .where(CASE_SIGNAL.CASE_FILE_ID.in(ids)).orderBy(CASE_SIGNAL.OBSERVED_ON, CASE_SIGNAL.ID).fetch(),
                r -> r.value1(), r -> new Signal(r.value2(), r.value3().name(), r.value4(),
                        open(CASE_SIGNAL.FACT, r.value5())));
        var actions = grouped(dsl.select(ACTION_ITEM.asterisk(), ORGANISATION.NAME, PERSON.DISPLAY_NAME)
                .from(ACTION_ITEM).join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.ORGANISATION_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.PERSON_ID))
                .where(ACTION_ITEM.CASE_FILE_ID.in(ids)).orderBy(ACTION_ITEM.DEADLINE, ACTION_ITEM.ID).fetch(),
                r -> r.get(ACTION_ITEM.CASE_FILE_ID),
                r -> new Action(r.get(ORGANISATION.NAME), r.get(PERSON.DISPLAY_NAME),
                        open(ACTION_ITEM.DESCRIPTION, r.get(ACTION_ITEM.DESCRIPTION)), r.get(ACTION_ITEM.DEADLINE),
                        r.get(ACTION_ITEM.STATUS).name(), open(ACTION_ITEM.STATUS_REASON, r.get(ACTION_ITEM.STATUS_REASON)),
                        open(ACTION_ITEM.REVIEW_NOTE, r.get(ACTION_ITEM.REVIEW_NOTE))));
        var discussions = discussions(ids);
        var registrations = dsl.selectFrom(COMENSHA_REGISTRATION).where(COMENSHA_REGISTRATION.CASE_FILE_ID.in(ids))
                .fetchMap(COMENSHA_REGISTRATION.CASE_FILE_ID, r -> new Registration(r.getBasis().name(),
                        name(r.getConsentGivenBy()), r.getConsentDate(), r.getCoversIdentifying(),
                        open(COMENSHA_REGISTRATION.LAWFUL_REASON, r.getLawfulReason()), r.getRecordedAt()));
        // The hold's reason is left out: it may concern a criminal investigation (docs/decisions.md).
        var holds = grouped(dsl.select(LEGAL_HOLD.CASE_FILE_ID, ORGANISATION.NAME, LEGAL_HOLD.SET_AT, LEGAL_HOLD.LIFTED_AT)
                .from(LEGAL_HOLD).join(ORGANISATION).on(ORGANISATION.ID.eq(LEGAL_HOLD.REQUESTED_BY_ORGANISATION_ID))
                .where(LEGAL_HOLD.CASE_FILE_ID.in(ids)).orderBy(LEGAL_HOLD.SET_AT).fetch(), r -> r.value1(),
                r -> new Hold(r.value2(), r.value3(), r.value4()));
        var access = accessLog(ids);
        return dsl.select(CASE_FILE.asterisk(), ORGANISATION.NAME).from(CASE_FILE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.PROPOSING_ORGANISATION_ID))
                .where(CASE_FILE.ID.in(ids)).orderBy(CASE_FILE.SUBMITTED_AT, CASE_FILE.ID)
                .fetch(r -> {
                    CaseFileRecord c = r.into(CASE_FILE);
                    long id = c.getId();
                    return new CaseData(c.getCode(), c.getStatus().name(), name(c.getUrgency()), r.get(ORGANISATION.NAME),
                            c.getSubmittedAt(), c.getClosedAt(), name(c.getCloseReason()), c.getRestrictedAt(),
                            identity(c), facts(c, forms.get(id), vulnerabilities.get(id), municipalities.get(id),
                                    involved.get(id)),
                            list(events, id), list(assessments, id), list(steps, id), list(actions, id),
                            list(discussions, id), registrations.get(id), list(holds, id), list(access, id),
                            list(signals, id));
                });
    }

    private Identity identity(CaseFileRecord c) {
        if (c.getNameEnc() == null && c.getDateOfBirthEnc() == null && c.getAddressEnc() == null
                && c.getBsnEnc() == null) {
            return null;
        }
        String birth = open(CASE_FILE.DATE_OF_BIRTH_ENC, c.getDateOfBirthEnc());
        return new Identity(open(CASE_FILE.NAME_ENC, c.getNameEnc()), birth == null ? null : LocalDate.parse(birth),
                open(CASE_FILE.ADDRESS_ENC, c.getAddressEnc()), open(CASE_FILE.BSN_ENC, c.getBsnEnc()));
    }

    private Facts facts(CaseFileRecord c, List<String> forms, List<String> vulnerabilities,
            List<String> municipalities, List<String> involved) {
        return new Facts(name(c.getYoungPersonRole()), c.getAge(), name(c.getAgeBand()), c.getGender(),
                name(c.getLivingSituation()), open(CASE_FILE.DAYTIME_ACTIVITY, c.getDaytimeActivity()),
                orEmpty(forms), orEmpty(vulnerabilities), orEmpty(municipalities), orEmpty(involved),
                c.getOnlineComponent(), open(CASE_FILE.SIGNALS, c.getSignals()), open(CASE_FILE.QUESTION, c.getQuestion()),
                c.getYoungPersonInformed(), open(CASE_FILE.YOUNG_PERSON_NOT_INFORMED, c.getYoungPersonNotInformed()),
                c.getParentsInformed(), open(CASE_FILE.PARENTS_NOT_INFORMED, c.getParentsNotInformed()),
                open(CASE_FILE.VOICE_OF_YOUNG_PERSON, c.getVoiceOfYoungPerson()), name(c.getLegalBasis()),
                open(CASE_FILE.CONFLICT_OF_DUTIES, c.getConflictOfDuties()), name(c.getConsentGivenBy()),
                c.getConsentDate(), open(CASE_FILE.DECISION_REASON, c.getDecisionReason()),
                open(CASE_FILE.DECISION_ADVICE, c.getDecisionAdvice()));
    }

    private Map<Long, List<Event>> events(Collection<Long> ids) {
        return grouped(dsl.select(CASE_EVENT.asterisk(), PERSON.DISPLAY_NAME, MEETING.STARTS_AT).from(CASE_EVENT)
                .leftJoin(PERSON).on(PERSON.ID.eq(CASE_EVENT.ACTOR_PERSON_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(CASE_EVENT.MEETING_ID))
                .where(CASE_EVENT.CASE_FILE_ID.in(ids)).orderBy(CASE_EVENT.OCCURRED_AT, CASE_EVENT.ID).fetch(),
                r -> r.get(CASE_EVENT.CASE_FILE_ID),
                r -> new Event(r.get(CASE_EVENT.OCCURRED_AT), r.get(CASE_EVENT.KIND).name(), r.get(PERSON.DISPLAY_NAME),
                        name(r.get(CASE_EVENT.FROM_STATUS)), name(r.get(CASE_EVENT.TO_STATUS)), r.get(CASE_EVENT.DETAIL),
                        r.get(MEETING.STARTS_AT), open(CASE_EVENT.MESSAGE, r.get(CASE_EVENT.MESSAGE)), open(CASE_EVENT.ADVICE, r.get(CASE_EVENT.ADVICE))));
    }

    /** Per case, each session that discussed it with its summary, letter and notes. */
    private Map<Long, List<Discussion>> discussions(Collection<Long> ids) {
        Map<Long, List<Note>> notes = grouped(dsl.select(ITEM_NOTE.AGENDA_ITEM_ID, ITEM_NOTE.KIND, ORGANISATION.NAME,
                        ITEM_NOTE.BODY).from(ITEM_NOTE)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(ITEM_NOTE.AGENDA_ITEM_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(ITEM_NOTE.ORGANISATION_ID))
                .where(AGENDA_ITEM.CASE_FILE_ID.in(ids)).orderBy(ITEM_NOTE.CREATED_AT, ITEM_NOTE.ID).fetch(),
                r -> r.value1(), r -> new Note(r.value2().name(), r.value3(), open(ITEM_NOTE.BODY, r.value4())));
        return grouped(dsl.select(AGENDA_ITEM.CASE_FILE_ID, AGENDA_ITEM.ID, MEETING.STARTS_AT, MINUTES_SUMMARY.SUMMARY,
                        MINUTES_LETTER.BODY).from(AGENDA_ITEM)
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .leftJoin(MINUTES_SUMMARY).on(MINUTES_SUMMARY.AGENDA_ITEM_ID.eq(AGENDA_ITEM.ID))
                .leftJoin(MINUTES_LETTER).on(MINUTES_LETTER.AGENDA_ITEM_ID.eq(AGENDA_ITEM.ID))
                .where(AGENDA_ITEM.CASE_FILE_ID.in(ids)).orderBy(MEETING.STARTS_AT).fetch(), r -> r.value1(),
                r -> new Discussion(r.value3(), open(MINUTES_SUMMARY.SUMMARY, r.value4()), list(notes, r.value2()),
                        open(MINUTES_LETTER.BODY, r.value5())));
    }

    /**
     * Who did what with each case, from the audit log: every entry about the case, oldest first, except
     * the police compartment's (that police hold something on the case is theirs to disclose).
     */
    private Map<Long, List<Access>> accessLog(Collection<Long> ids) {
        return grouped(dsl.select(AUDIT_ENTRY.OBJECT_ID, AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.KIND, PERSON.DISPLAY_NAME,
                        ORGANISATION.NAME).from(AUDIT_ENTRY)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(AUDIT_ENTRY.ACTOR_ACCOUNT_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACCOUNT.PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(AUDIT_ENTRY.ACTOR_ORGANISATION_ID))
                .where(AUDIT_ENTRY.OBJECT_TYPE.eq("case_file").and(AUDIT_ENTRY.OBJECT_ID.in(ids)))
                .and(AUDIT_ENTRY.KIND.notIn(AuditKind.POLICE_COMPARTMENT))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.ID).fetch(), r -> r.value1(),
                r -> new Access(r.value2(), r.value3().name(), r.value4(), r.value5()));
    }

    private String open(TableField<?, SealedText> column, SealedText value) {
        return encryption.open(column, value);
    }

    private static <R extends Record, T> Map<Long, List<T>> grouped(List<R> rows, Function<R, Long> key,
            Function<R, T> value) {
        Map<Long, List<T>> map = new HashMap<>();
        for (R row : rows) {
            map.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(value.apply(row));
        }
        return map;
    }

    private static <T> List<T> list(Map<Long, List<T>> map, long id) {
        return map.getOrDefault(id, List.of());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
