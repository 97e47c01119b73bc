package nl.zorgtafel.live;

import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PARTICIPANT;
import static nl.zorgtafel.db.Tables.ATTENDANCE;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.ITEM_NOTE;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.MEETING_INVITEE;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.STATEMENT_ACCEPTANCE;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.meeting.Rsvp;
import nl.zorgtafel.security.TableRole;

@Repository
class LiveRepository {

    private static final org.jooq.Table<?> REPLACED = PERSON.as("replaced");

    private final DSLContext dsl;

    LiveRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record SessionFacts(long meetingId, long tableId, MeetingStatus status, Long currentItemId, String statement,
            int version) {
    }

    Optional<SessionFacts> session(long meetingId) {
        return dsl.select(MEETING.ID, MEETING.CARE_TABLE_ID, MEETING.STATUS, MEETING.CURRENT_ITEM_ID,
                        CARE_TABLE.CONFIDENTIALITY_STATEMENT, MEETING.VERSION)
                .from(MEETING).join(CARE_TABLE).on(CARE_TABLE.ID.eq(MEETING.CARE_TABLE_ID))
                .where(MEETING.ID.eq(meetingId))
                .fetchOptional(r -> new SessionFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6()));
    }

    boolean start(long meetingId, Long firstItemId, Instant now) {
        return dsl.update(MEETING).set(MEETING.STATUS, MeetingStatus.LOPEND).set(MEETING.STARTED_AT, now)
                .set(MEETING.CURRENT_ITEM_ID, firstItemId).set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.STATUS.in(MeetingStatus.GEPLAND, MeetingStatus.UITGENODIGD))).execute() == 1;
    }

    boolean end(long meetingId, Instant now) {
        return dsl.update(MEETING).set(MEETING.STATUS, MeetingStatus.AFGEROND).set(MEETING.ENDED_AT, now)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.STATUS.eq(MeetingStatus.LOPEND))).execute() == 1;
    }

    void setCurrentItem(long meetingId, long itemId) {
        dsl.update(MEETING).set(MEETING.CURRENT_ITEM_ID, itemId).where(MEETING.ID.eq(meetingId)).execute();
    }

    Optional<Long> meetingOfItem(long itemId) {
        return dsl.select(AGENDA_ITEM.MEETING_ID).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId))
                .fetchOptional(AGENDA_ITEM.MEETING_ID);
    }

    /** The item's case (null for general items) and its deelnemer organisations. */
    record ItemFacts(long itemId, long meetingId, Long caseFileId, Set<Long> deelnemers) {
    }

    Optional<ItemFacts> item(long itemId) {
        Set<Long> deelnemers = dsl.select(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID).from(AGENDA_ITEM_PARTICIPANT)
                .where(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID.eq(itemId)).fetchSet(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID);
        return dsl.select(AGENDA_ITEM.ID, AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.CASE_FILE_ID).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.ID.eq(itemId))
                .fetchOptional(r -> new ItemFacts(r.value1(), r.value2(), r.value3(), deelnemers));
    }

    /**
     * Attendance from the invitations: aanwezig and afwezig (with written input) as answered,
     * a named substitute as vervanger, and the table's observers as waarnemer.
     */
    void seedAttendance(long meetingId, long tableId, Instant now) {
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

    /** Records the first acceptance; a second one changes nothing. */
    void accept(long meetingId, long personId, Instant now) {
        dsl.insertInto(STATEMENT_ACCEPTANCE)
                .set(STATEMENT_ACCEPTANCE.MEETING_ID, meetingId)
                .set(STATEMENT_ACCEPTANCE.PERSON_ID, personId)
                .set(STATEMENT_ACCEPTANCE.ACCEPTED_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
    }

    Optional<Instant> acceptedAt(long meetingId, long personId) {
        return dsl.select(STATEMENT_ACCEPTANCE.ACCEPTED_AT).from(STATEMENT_ACCEPTANCE)
                .where(STATEMENT_ACCEPTANCE.MEETING_ID.eq(meetingId).and(STATEMENT_ACCEPTANCE.PERSON_ID.eq(personId)))
                .fetchOptional(STATEMENT_ACCEPTANCE.ACCEPTED_AT);
    }

    /**
     * At the start: people who accepted the statement beforehand but gave no answer to the
     * invitation are taken as present (observers as observers); the chair can change it.
     */
    void seedFromAcceptances(long meetingId, long tableId, Instant now) {
        for (var r : dsl.select(STATEMENT_ACCEPTANCE.PERSON_ID, TABLE_MEMBERSHIP.TABLE_ROLE)
                .from(STATEMENT_ACCEPTANCE)
                .leftJoin(TABLE_MEMBERSHIP).on(TABLE_MEMBERSHIP.PERSON_ID.eq(STATEMENT_ACCEPTANCE.PERSON_ID)
                        .and(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId)))
                .where(STATEMENT_ACCEPTANCE.MEETING_ID.eq(meetingId)).fetch()) {
            upsert(meetingId, r.value1(), r.value2() == TableRole.WAARNEMER ? Presence.WAARNEMER : Presence.AANWEZIG,
                    false, null, now);
        }
    }

    List<Attendee> attendance(long meetingId) {
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME, ORGANISATION.ID, ORGANISATION.NAME, ATTENDANCE.PRESENCE,
                        ATTENDANCE.WRITTEN_INPUT, REPLACED.field(PERSON.DISPLAY_NAME),
                        STATEMENT_ACCEPTANCE.ACCEPTED_AT, ATTENDANCE.VERSION)
                .from(ATTENDANCE)
                .leftJoin(STATEMENT_ACCEPTANCE).on(STATEMENT_ACCEPTANCE.MEETING_ID.eq(ATTENDANCE.MEETING_ID)
                        .and(STATEMENT_ACCEPTANCE.PERSON_ID.eq(ATTENDANCE.PERSON_ID)))
                .join(PERSON).on(PERSON.ID.eq(ATTENDANCE.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .leftJoin(REPLACED).on(REPLACED.field(PERSON.ID).eq(ATTENDANCE.REPLACES_PERSON_ID))
                .where(ATTENDANCE.MEETING_ID.eq(meetingId))
                .orderBy(ATTENDANCE.PRESENCE, ORGANISATION.NAME, PERSON.DISPLAY_NAME)
                .fetch(r -> new Attendee(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    long addNote(long itemId, NoteKind kind, Long organisationId, String body, long authorPersonId, Instant now) {
        var row = dsl.newRecord(ITEM_NOTE);
        row.setAgendaItemId(itemId);
        row.setKind(kind);
        row.setOrganisationId(organisationId);
        row.setBody(body);
        row.setAuthorPersonId(authorPersonId);
        row.setCreatedAt(now);
        row.store();
        return row.getId();
    }

    List<ItemNote> notes(long itemId) {
        return dsl.select(ITEM_NOTE.ID, ITEM_NOTE.KIND, ITEM_NOTE.ORGANISATION_ID, ORGANISATION.NAME, ITEM_NOTE.BODY,
                        PERSON.DISPLAY_NAME, ITEM_NOTE.CREATED_AT)
                .from(ITEM_NOTE)
                .join(PERSON).on(PERSON.ID.eq(ITEM_NOTE.AUTHOR_PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(ITEM_NOTE.ORGANISATION_ID))
                .where(ITEM_NOTE.AGENDA_ITEM_ID.eq(itemId))
                .orderBy(ITEM_NOTE.ID)
                .fetch(r -> new ItemNote(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }
}
