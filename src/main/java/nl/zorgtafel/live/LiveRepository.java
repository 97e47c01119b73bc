package nl.zorgtafel.live;

import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PARTICIPANT;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.ITEM_NOTE;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.meeting.MeetingStatus;

/** A live session: its state and current item, the time per item, and the notes of case items. */
@Repository
class LiveRepository {

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    LiveRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    record SessionFacts(long meetingId, long tableId, MeetingStatus status, Long currentItemId, String statement,
            Instant startsAt, Instant startedAt, Instant currentSince, int version) {
    }

    Optional<SessionFacts> session(long meetingId) {
        return dsl.select(MEETING.ID, MEETING.CARE_TABLE_ID, MEETING.STATUS, MEETING.CURRENT_ITEM_ID,
                        CARE_TABLE.CONFIDENTIALITY_STATEMENT, MEETING.STARTS_AT, MEETING.STARTED_AT,
                        MEETING.CURRENT_SINCE, MEETING.VERSION)
                .from(MEETING).join(CARE_TABLE).on(CARE_TABLE.ID.eq(MEETING.CARE_TABLE_ID))
                .where(MEETING.ID.eq(meetingId))
                .fetchOptional(r -> new SessionFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    boolean start(long meetingId, Long firstItemId, Instant now) {
        return dsl.update(MEETING).set(MEETING.STATUS, MeetingStatus.LOPEND).set(MEETING.STARTED_AT, now)
                .set(MEETING.CURRENT_ITEM_ID, firstItemId).set(MEETING.CURRENT_SINCE, now).set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.STATUS.in(MeetingStatus.GEPLAND, MeetingStatus.UITGENODIGD))).execute() == 1;
    }

    boolean end(long meetingId, Instant now) {
        return dsl.update(MEETING).set(MEETING.STATUS, MeetingStatus.AFGEROND).set(MEETING.ENDED_AT, now)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.STATUS.eq(MeetingStatus.LOPEND))).execute() == 1;
    }

    /**
     * Moves the session to another item (null: to none, at the end); the time since the last move
     * is added to the item that was current, so each item's time adds up over returns to it.
     */
    void setCurrentItem(SessionFacts session, Long itemId, Instant now) {
        if (session.currentItemId() != null && session.currentSince() != null) {
            long seconds = Math.max(0, Duration.between(session.currentSince(), now).toSeconds());
            dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.SPENT_SECONDS, AGENDA_ITEM.SPENT_SECONDS.plus((int) seconds))
                    .where(AGENDA_ITEM.ID.eq(session.currentItemId())).execute();
        }
        dsl.update(MEETING).set(MEETING.CURRENT_ITEM_ID, itemId).set(MEETING.CURRENT_SINCE, itemId == null ? null : now)
                .where(MEETING.ID.eq(session.meetingId())).execute();
    }

    /** At the end: the running item's time is added; the session keeps its last current item. */
    void closeClock(SessionFacts session, Instant now) {
        if (session.currentItemId() != null) {
            setCurrentItem(session, session.currentItemId(), now);
        }
        dsl.update(MEETING).set(MEETING.CURRENT_SINCE, (Instant) null).where(MEETING.ID.eq(session.meetingId())).execute();
    }

    /** The time spent so far on each item of the session that was current at some point, in seconds. */
    Map<Long, Integer> spentSeconds(long meetingId) {
        return dsl.select(AGENDA_ITEM.ID, AGENDA_ITEM.SPENT_SECONDS).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.SPENT_SECONDS.gt(0)))
                .fetchMap(AGENDA_ITEM.ID, AGENDA_ITEM.SPENT_SECONDS);
    }

    /** The question the proposer put to the table, for the case item's deelnemers. */
    Optional<String> question(long caseFileId) {
        return dsl.select(CASE_FILE.QUESTION).from(CASE_FILE).where(CASE_FILE.ID.eq(caseFileId))
                .fetchOptional(r -> encryption.open(CASE_FILE.QUESTION, r.value1()));
    }

    /** The date of the table's next session after this one, for "vóór de volgende zitting". */
    Optional<Instant> nextSessionStart(long tableId, Instant after) {
        return dsl.select(DSL.min(MEETING.STARTS_AT)).from(MEETING)
                .where(MEETING.CARE_TABLE_ID.eq(tableId).and(MEETING.STARTS_AT.gt(after))
                        .and(MEETING.STATUS.ne(MeetingStatus.GEANNULEERD)))
                .fetchOptional(r -> r.value1());
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

    long addNote(long itemId, NoteKind kind, Long organisationId, String body, long authorPersonId, Instant now) {
        var row = dsl.newRecord(ITEM_NOTE);
        row.setAgendaItemId(itemId);
        row.setKind(kind);
        row.setOrganisationId(organisationId);
        row.setBody(encryption.seal(ITEM_NOTE.BODY, body));
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
                .fetch(r -> new ItemNote(r.value1(), r.value2(), r.value3(), r.value4(),
                        encryption.open(ITEM_NOTE.BODY, r.value5()), r.value6(), r.value7()));
    }
}
