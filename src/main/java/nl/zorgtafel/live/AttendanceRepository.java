package nl.zorgtafel.live;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PARTICIPANT;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PERSON;
import static nl.zorgtafel.db.Tables.ATTENDANCE;
import static nl.zorgtafel.db.Tables.MEETING_INVITEE;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.STATEMENT_ACCEPTANCE;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.meeting.Rsvp;
import nl.zorgtafel.security.TableRole;

/** Who attends a session and how, and who accepted its confidentiality statement. */
@Repository
class AttendanceRepository {

    private static final org.jooq.Table<?> REPLACED = PERSON.as("replaced");

    private final DSLContext dsl;

    AttendanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Attendance from the invitations: aanwezig and afgemeld (with written input) as answered,
     * a named substitute as vervanger, the table's observers as waarnemer, and everyone who did
     * not answer as onbekend, so the chair sees them.
     */
    void seed(long meetingId, long tableId, Instant now) {
        for (var r : dsl.select(MEETING_INVITEE.PERSON_ID, MEETING_INVITEE.RESPONSE, MEETING_INVITEE.WRITTEN_INPUT,
                        MEETING_INVITEE.SUBSTITUTE_PERSON_ID, TABLE_MEMBERSHIP.TABLE_ROLE)
                .from(MEETING_INVITEE)
                .leftJoin(TABLE_MEMBERSHIP).on(TABLE_MEMBERSHIP.PERSON_ID.eq(MEETING_INVITEE.PERSON_ID)
                        .and(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId)))
                .where(MEETING_INVITEE.MEETING_ID.eq(meetingId)).fetch()) {
            if (r.value5() == TableRole.WAARNEMER) {
                upsert(meetingId, r.value1(), Presence.WAARNEMER, false, null, now);
            } else if (r.value2() == Rsvp.AANWEZIG) {
                upsert(meetingId, r.value1(), Presence.AANWEZIG, false, null, now);
            } else if (r.value2() == Rsvp.AFWEZIG) {
                upsert(meetingId, r.value1(), Presence.AFGEMELD, Boolean.TRUE.equals(r.value3()), null, now);
            } else if (r.value2() == Rsvp.VERVANGER && r.value4() != null) {
                upsert(meetingId, r.value1(), Presence.AFGEMELD, false, null, now);
                upsert(meetingId, r.value4(), Presence.VERVANGER, false, r.value1(), now);
            } else {
                upsert(meetingId, r.value1(), r.value2() == Rsvp.VERVANGER ? Presence.AFGEMELD : Presence.ONBEKEND,
                        false, null, now);
            }
        }
    }

    /** Inserts a person's attendance, or leaves an existing one as it is. */
    void upsert(long meetingId, long personId, Presence presence, boolean writtenInput, Long replaces, Instant now) {
        dsl.insertInto(ATTENDANCE)
                .set(ATTENDANCE.MEETING_ID, meetingId)
                .set(ATTENDANCE.PERSON_ID, personId)
                .set(ATTENDANCE.PRESENCE, presence)
                .set(ATTENDANCE.WRITTEN_INPUT, writtenInput)
                .set(ATTENDANCE.REPLACES_PERSON_ID, replaces)
                .set(ATTENDANCE.RECORDED_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
    }

    boolean setPresence(long meetingId, long personId, int version, Presence presence, boolean writtenInput,
            Instant now) {
        return dsl.update(ATTENDANCE).set(ATTENDANCE.PRESENCE, presence)
                .set(ATTENDANCE.WRITTEN_INPUT, writtenInput).set(ATTENDANCE.RECORDED_AT, now)
                .set(ATTENDANCE.VERSION, ATTENDANCE.VERSION.plus(1))
                .where(ATTENDANCE.MEETING_ID.eq(meetingId).and(ATTENDANCE.PERSON_ID.eq(personId))
                        .and(ATTENDANCE.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Someone not known to be there who opens the session is there. */
    void presentIfUnknown(long meetingId, long personId, Instant now) {
        dsl.update(ATTENDANCE).set(ATTENDANCE.PRESENCE, Presence.AANWEZIG).set(ATTENDANCE.RECORDED_AT, now)
                .set(ATTENDANCE.VERSION, ATTENDANCE.VERSION.plus(1))
                .where(ATTENDANCE.MEETING_ID.eq(meetingId).and(ATTENDANCE.PERSON_ID.eq(personId))
                        .and(ATTENDANCE.PRESENCE.eq(Presence.ONBEKEND)))
                .execute();
    }

    /** The substitute stands in for the absent person; an existing line of theirs becomes vervanger. */
    void substitute(long meetingId, long absentPersonId, long substitutePersonId, Instant now) {
        dsl.update(ATTENDANCE).set(ATTENDANCE.PRESENCE, Presence.AFGEMELD).set(ATTENDANCE.RECORDED_AT, now)
                .set(ATTENDANCE.VERSION, ATTENDANCE.VERSION.plus(1))
                .where(ATTENDANCE.MEETING_ID.eq(meetingId).and(ATTENDANCE.PERSON_ID.eq(absentPersonId)))
                .execute();
        upsert(meetingId, substitutePersonId, Presence.VERVANGER, false, absentPersonId, now);
        dsl.update(ATTENDANCE).set(ATTENDANCE.PRESENCE, Presence.VERVANGER)
                .set(ATTENDANCE.REPLACES_PERSON_ID, absentPersonId).set(ATTENDANCE.RECORDED_AT, now)
                .set(ATTENDANCE.VERSION, ATTENDANCE.VERSION.plus(1))
                .where(ATTENDANCE.MEETING_ID.eq(meetingId).and(ATTENDANCE.PERSON_ID.eq(substitutePersonId)))
                .execute();
    }

    /** Records the first acceptance; a second one changes nothing. */
    void accept(long meetingId, long personId, AcceptedHow how, Long recordedBy, Instant now) {
        dsl.insertInto(STATEMENT_ACCEPTANCE)
                .set(STATEMENT_ACCEPTANCE.MEETING_ID, meetingId)
                .set(STATEMENT_ACCEPTANCE.PERSON_ID, personId)
                .set(STATEMENT_ACCEPTANCE.ACCEPTED_AT, now)
                .set(STATEMENT_ACCEPTANCE.ACCEPTED_HOW, how)
                .set(STATEMENT_ACCEPTANCE.RECORDED_BY_PERSON_ID, recordedBy)
                .onDuplicateKeyIgnore()
                .execute();
    }

    Optional<Instant> acceptedAt(long meetingId, long personId) {
        return dsl.select(STATEMENT_ACCEPTANCE.ACCEPTED_AT).from(STATEMENT_ACCEPTANCE)
                .where(STATEMENT_ACCEPTANCE.MEETING_ID.eq(meetingId).and(STATEMENT_ACCEPTANCE.PERSON_ID.eq(personId)))
                .fetchOptional(STATEMENT_ACCEPTANCE.ACCEPTED_AT);
    }

    /**
     * At the start: people who accepted the statement beforehand are taken as present (observers
     * as observers), also when they gave no answer to the invitation; the chair can change it.
     */
    void seedFromAcceptances(long meetingId, long tableId, Instant now) {
        for (var r : dsl.select(STATEMENT_ACCEPTANCE.PERSON_ID, TABLE_MEMBERSHIP.TABLE_ROLE)
                .from(STATEMENT_ACCEPTANCE)
                .leftJoin(TABLE_MEMBERSHIP).on(TABLE_MEMBERSHIP.PERSON_ID.eq(STATEMENT_ACCEPTANCE.PERSON_ID)
                        .and(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId)))
                .where(STATEMENT_ACCEPTANCE.MEETING_ID.eq(meetingId)).fetch()) {
            upsert(meetingId, r.value1(), r.value2() == TableRole.WAARNEMER ? Presence.WAARNEMER : Presence.AANWEZIG,
                    false, null, now);
            presentIfUnknown(meetingId, r.value1(), now);
        }
    }

    List<Attendee> attendance(long meetingId) {
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME, ORGANISATION.ID, ORGANISATION.NAME, ATTENDANCE.PRESENCE,
                        ATTENDANCE.WRITTEN_INPUT, ATTENDANCE.REPLACES_PERSON_ID, REPLACED.field(PERSON.DISPLAY_NAME),
                        STATEMENT_ACCEPTANCE.ACCEPTED_AT, STATEMENT_ACCEPTANCE.ACCEPTED_HOW, PERSON.GUEST,
                        ATTENDANCE.VERSION)
                .from(ATTENDANCE)
                .leftJoin(STATEMENT_ACCEPTANCE).on(STATEMENT_ACCEPTANCE.MEETING_ID.eq(ATTENDANCE.MEETING_ID)
                        .and(STATEMENT_ACCEPTANCE.PERSON_ID.eq(ATTENDANCE.PERSON_ID)))
                .join(PERSON).on(PERSON.ID.eq(ATTENDANCE.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .leftJoin(REPLACED).on(REPLACED.field(PERSON.ID).eq(ATTENDANCE.REPLACES_PERSON_ID))
                .where(ATTENDANCE.MEETING_ID.eq(meetingId))
                .orderBy(ORGANISATION.NAME, PERSON.DISPLAY_NAME)
                .fetch(r -> new Attendee(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
    }

    /** The attendance line of one person, if any. */
    Optional<Presence> presenceOf(long meetingId, long personId) {
        return dsl.select(ATTENDANCE.PRESENCE).from(ATTENDANCE)
                .where(ATTENDANCE.MEETING_ID.eq(meetingId).and(ATTENDANCE.PERSON_ID.eq(personId)))
                .fetchOptional(ATTENDANCE.PRESENCE);
    }

    /**
     * People the chair can add as present: the table's members and the people invited for one of
     * the session's case items, who have no attendance line yet. Never the installation's Beheerder.
     */
    List<AttendanceService.Candidate> candidates(long meetingId, long tableId) {
        Condition member = DSL.exists(DSL.selectOne().from(TABLE_MEMBERSHIP)
                .where(TABLE_MEMBERSHIP.PERSON_ID.eq(PERSON.ID).and(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId))));
        Condition itemPerson = DSL.exists(DSL.selectOne().from(AGENDA_ITEM_PERSON)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_PERSON.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM_PERSON.PERSON_ID.eq(PERSON.ID).and(AGENDA_ITEM.MEETING_ID.eq(meetingId))));
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME, ORGANISATION.NAME).from(PERSON)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(caseWorker().and(member.or(itemPerson))
                        .and(DSL.notExists(DSL.selectOne().from(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId)
                                .and(ATTENDANCE.PERSON_ID.eq(PERSON.ID))))))
                .orderBy(ORGANISATION.NAME, PERSON.DISPLAY_NAME)
                .fetch(r -> new AttendanceService.Candidate(r.value1(), r.value2(), r.value3()));
    }

    /** Colleagues of the absent person who can stand in: same organisation, active, not a guest nor the Beheerder. */
    List<AttendanceService.Candidate> substitutes(long meetingId, long absentPersonId) {
        var absent = PERSON.as("absent");
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME, ORGANISATION.NAME).from(PERSON)
                .join(absent).on(absent.ORGANISATION_ID.eq(PERSON.ORGANISATION_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(absent.ID.eq(absentPersonId).and(PERSON.ID.ne(absentPersonId)).and(caseWorker())
                        .and(DSL.notExists(DSL.selectOne().from(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId)
                                .and(ATTENDANCE.PERSON_ID.eq(PERSON.ID))
                                .and(ATTENDANCE.PRESENCE.in(Presence.AANWEZIG, Presence.VERVANGER))))))
                .orderBy(PERSON.DISPLAY_NAME)
                .fetch(r -> new AttendanceService.Candidate(r.value1(), r.value2(), r.value3()));
    }

    /** A guest in the room without an account: a person of their organisation, no e-mail, no table role. */
    long insertGuest(String name, long organisationId, Instant now) {
        var row = dsl.newRecord(PERSON);
        row.setDisplayName(name);
        row.setOrganisationId(organisationId);
        row.setGuest(true);
        row.setCreatedAt(now);
        row.store();
        return row.getId();
    }

    /** The deelnemer organisations of the session's case items: whom a guest can come with. */
    List<Long> deelnemers(long meetingId) {
        return dsl.selectDistinct(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID).from(AGENDA_ITEM_PARTICIPANT)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).fetch(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID);
    }

    /**
     * Who may be named for case work: active, with an account of their own (not a guest), and not
     * the installation's Beheerder, who sees no case content. (The same rule stands in the other
     * features' repositories that offer people; SQL stays in repositories.)
     */
    private static Condition caseWorker() {
        return PERSON.ACTIVE.isTrue().and(PERSON.GUEST.isFalse())
                .and(DSL.notExists(DSL.selectOne().from(ACCOUNT)
                        .where(ACCOUNT.PERSON_ID.eq(PERSON.ID).and(ACCOUNT.ADMINISTRATOR.isTrue()))));
    }
}
