package nl.zorgtafel.meeting;

import static nl.zorgtafel.db.Tables.CALENDAR_FEED;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.MEETING_INVITEE;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class CalendarFeedRepository {

    private final DSLContext dsl;

    CalendarFeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void replace(long personId, String tokenHash, Instant now) {
        dsl.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.PERSON_ID.eq(personId)).execute();
        dsl.insertInto(CALENDAR_FEED)
                .set(CALENDAR_FEED.PERSON_ID, personId)
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED.CREATED_AT, now)
                .execute();
    }

    boolean delete(long personId) {
        return dsl.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.PERSON_ID.eq(personId)).execute() > 0;
    }

    boolean exists(long personId) {
        return dsl.fetchCount(CALENDAR_FEED, CALENDAR_FEED.PERSON_ID.eq(personId)) > 0;
    }

    Optional<Long> personOf(String tokenHash) {
        return dsl.select(CALENDAR_FEED.PERSON_ID).from(CALENDAR_FEED).where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(CALENDAR_FEED.PERSON_ID);
    }

    record FeedEvent(long meetingId, String uid, int sequence, Instant start, Instant end, String tableName,
            String place, String videoLink, boolean cancelled) {
    }

    /**
     * Sessions of the tables the person sits at, or was invited to, from {@code since} on:
     * table name, time and place only.
     */
    List<FeedEvent> sessions(long personId, Instant since) {
        var atTable = MEETING.CARE_TABLE_ID.in(dsl.select(TABLE_MEMBERSHIP.CARE_TABLE_ID).from(TABLE_MEMBERSHIP)
                .where(TABLE_MEMBERSHIP.PERSON_ID.eq(personId)));
        var invited = MEETING.ID.in(dsl.select(MEETING_INVITEE.MEETING_ID).from(MEETING_INVITEE)
                .where(MEETING_INVITEE.PERSON_ID.eq(personId)));
        return dsl.select(MEETING.ID, MEETING.ICAL_UID, MEETING.ICAL_SEQUENCE, MEETING.STARTS_AT, MEETING.ENDS_AT,
                        CARE_TABLE.NAME, MEETING.PLACE, MEETING.VIDEO_LINK, MEETING.STATUS)
                .from(MEETING).join(CARE_TABLE).on(CARE_TABLE.ID.eq(MEETING.CARE_TABLE_ID))
                .where(atTable.or(invited).and(MEETING.ENDS_AT.ge(since)))
                .orderBy(MEETING.STARTS_AT)
                .limit(500)
                .fetch(r -> new FeedEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), MeetingStatus.GEANNULEERD.equals(r.value9())));
    }
}
