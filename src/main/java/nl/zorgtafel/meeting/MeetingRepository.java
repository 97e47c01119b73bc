package nl.zorgtafel.meeting;

import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.MEETING_INVITED_ORGANISATION;
import static nl.zorgtafel.db.Tables.MEETING_INVITED_PERSON;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record11;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.security.TableRole;

@Repository
class MeetingRepository {

    private final DSLContext dsl;

    MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Rhythm> rhythm(long tableId) {
        return dsl.select(CARE_TABLE.RHYTHM_WEEKDAY, CARE_TABLE.RHYTHM_START_TIME, CARE_TABLE.RHYTHM_MINUTES,
                        CARE_TABLE.RHYTHM_EVERY_WEEKS)
                .from(CARE_TABLE).where(CARE_TABLE.ID.eq(tableId))
                .fetchOptional()
                .filter(r -> r.value1() != null && r.value2() != null && r.value3() != null)
                .map(r -> new Rhythm(DayOfWeek.of(r.value1()), r.value2(), r.value3(),
                        r.value4() == null ? 1 : r.value4()));
    }

    long insert(long tableId, MeetingKind kind, Instant start, Instant end, MeetingPlan plan, Instant now) {
        var row = dsl.newRecord(MEETING);
        row.setCareTableId(tableId);
        row.setKind(kind);
        row.setStatus(MeetingStatus.GEPLAND);
        row.setStartsAt(start);
        row.setEndsAt(end);
        row.setPlace(plan.place());
        row.setVideoLink(plan.videoLink());
        row.setChairPersonId(plan.chairPersonId());
        row.setSecretaryPersonId(plan.secretaryPersonId());
        // A stable, meaningless UID: it goes into calendar invitations and must reveal nothing.
        row.setIcalUid(UUID.randomUUID() + "@zorgtafel");
        row.setIcalSequence(0);
        row.setCreatedAt(now);
        row.store();
        return row.getId();
    }

    /** Replaces the session's invited organisations and people. */
    void invite(long meetingId, MeetingPlan plan) {
        dsl.deleteFrom(MEETING_INVITED_ORGANISATION).where(MEETING_INVITED_ORGANISATION.MEETING_ID.eq(meetingId)).execute();
        dsl.deleteFrom(MEETING_INVITED_PERSON).where(MEETING_INVITED_PERSON.MEETING_ID.eq(meetingId)).execute();
        for (long organisation : plan.invitedOrganisationIds()) {
            dsl.insertInto(MEETING_INVITED_ORGANISATION).set(MEETING_INVITED_ORGANISATION.MEETING_ID, meetingId)
                    .set(MEETING_INVITED_ORGANISATION.ORGANISATION_ID, organisation).execute();
        }
        for (long person : plan.invitedPersonIds()) {
            dsl.insertInto(MEETING_INVITED_PERSON).set(MEETING_INVITED_PERSON.MEETING_ID, meetingId)
                    .set(MEETING_INVITED_PERSON.PERSON_ID, person).execute();
        }
    }

    /** The session's invited organisations and people. */
    Invited invited(long meetingId) {
        return new Invited(
                dsl.select(MEETING_INVITED_ORGANISATION.ORGANISATION_ID).from(MEETING_INVITED_ORGANISATION)
                        .where(MEETING_INVITED_ORGANISATION.MEETING_ID.eq(meetingId))
                        .fetchSet(MEETING_INVITED_ORGANISATION.ORGANISATION_ID),
                dsl.select(MEETING_INVITED_PERSON.PERSON_ID).from(MEETING_INVITED_PERSON)
                        .where(MEETING_INVITED_PERSON.MEETING_ID.eq(meetingId))
                        .fetchSet(MEETING_INVITED_PERSON.PERSON_ID));
    }

    /** How many of these are active organisations / active people, no guest and no Beheerder. */
    int countActiveOrganisations(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? 0 : dsl.fetchCount(ORGANISATION, ORGANISATION.ID.in(ids).and(ORGANISATION.ACTIVE.isTrue()));
    }

    int countActivePeople(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? 0 : dsl.fetchCount(PERSON, PERSON.ID.in(ids).and(PERSON.ACTIVE.isTrue())
                .and(PERSON.GUEST.isFalse()).and(InvitationRepository.notAdministrator()));
    }

    /** Changes time and place when the version matches; raises the iCalendar sequence. */
    boolean update(MeetingPlan plan, Instant start, Instant end) {
        return dsl.update(MEETING)
                .set(MEETING.KIND, plan.kind())
                .set(MEETING.STARTS_AT, start)
                .set(MEETING.ENDS_AT, end)
                .set(MEETING.PLACE, plan.place())
                .set(MEETING.VIDEO_LINK, plan.videoLink())
                .set(MEETING.CHAIR_PERSON_ID, plan.chairPersonId())
                .set(MEETING.SECRETARY_PERSON_ID, plan.secretaryPersonId())
                .set(MEETING.ICAL_SEQUENCE, MEETING.ICAL_SEQUENCE.plus(1))
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(plan.id()).and(MEETING.VERSION.eq(plan.version())))
                .execute() == 1;
    }

    boolean cancel(long id, int version) {
        return dsl.update(MEETING)
                .set(MEETING.STATUS, MeetingStatus.GEANNULEERD)
                .set(MEETING.ICAL_SEQUENCE, MEETING.ICAL_SEQUENCE.plus(1))
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(id).and(MEETING.VERSION.eq(version)))
                .execute() == 1;
    }

    Optional<Long> tableOf(long id) {
        return dsl.select(MEETING.CARE_TABLE_ID).from(MEETING).where(MEETING.ID.eq(id)).fetchOptional(MEETING.CARE_TABLE_ID);
    }

    Optional<MeetingStatus> status(long id) {
        return dsl.select(MEETING.STATUS).from(MEETING).where(MEETING.ID.eq(id))
                .fetchOptional(r -> r.value1());
    }

    List<MeetingSummary> find(long tableId, boolean upcoming, Instant now, int offset, int limit) {
        var condition = MEETING.CARE_TABLE_ID.eq(tableId).and(upcoming(upcoming, now));
        return summaries()
                .where(condition)
                .orderBy(upcoming ? MEETING.STARTS_AT.asc() : MEETING.STARTS_AT.desc())
                .offset(offset).limit(limit)
                .fetch(Records.mapping(MeetingSummary::new));
    }

    /** Place and video link of the table's most recently planned session: the usual place, to offer again. */
    Optional<Venue> usualVenue(long tableId) {
        return dsl.select(MEETING.PLACE, MEETING.VIDEO_LINK).from(MEETING)
                .where(MEETING.CARE_TABLE_ID.eq(tableId).and(MEETING.STATUS.ne(MeetingStatus.GEANNULEERD)))
                .orderBy(MEETING.CREATED_AT.desc(), MEETING.ID.desc())
                .limit(1)
                .fetchOptional(r -> new Venue(r.value1(), r.value2()));
    }

    /** Active chairs and secretaries of the table, by name. */
    List<Colleague> leads(long tableId) {
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME).from(TABLE_MEMBERSHIP)
                .join(PERSON).on(PERSON.ID.eq(TABLE_MEMBERSHIP.PERSON_ID))
                .where(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId)
                        .and(TABLE_MEMBERSHIP.TABLE_ROLE.in(TableRole.VOORZITTER, TableRole.SECRETARIS))
                        .and(PERSON.ACTIVE.isTrue()))
                .orderBy(PERSON.DISPLAY_NAME)
                .fetch(r -> new Colleague(r.value1(), r.value2()));
    }

    /** The table's next session that is not cancelled, if any. */
    Optional<MeetingSummary> next(long tableId, Instant now) {
        return summaries()
                .where(MEETING.CARE_TABLE_ID.eq(tableId).and(upcoming(true, now))
                        .and(MEETING.STATUS.ne(MeetingStatus.GEANNULEERD)))
                .orderBy(MEETING.STARTS_AT)
                .limit(1)
                .fetchOptional(Records.mapping(MeetingSummary::new));
    }

    List<MeetingSummary> between(long tableId, Instant from, Instant to) {
        return summaries()
                .where(MEETING.CARE_TABLE_ID.eq(tableId).and(MEETING.STARTS_AT.ge(from)).and(MEETING.STARTS_AT.lt(to)))
                .orderBy(MEETING.STARTS_AT)
                .fetch(Records.mapping(MeetingSummary::new));
    }

    /** The columns of a session in a list, with its chair's name. */
    private SelectOnConditionStep<Record11<Long, MeetingKind, MeetingStatus, Instant, Instant, String, String, String,
            Integer, Long, Long>> summaries() {
        return dsl.select(MEETING.ID, MEETING.KIND, MEETING.STATUS, MEETING.STARTS_AT, MEETING.ENDS_AT, MEETING.PLACE,
                        MEETING.VIDEO_LINK, PERSON.DISPLAY_NAME, MEETING.VERSION,
                        MEETING.CHAIR_PERSON_ID, MEETING.SECRETARY_PERSON_ID)
                .from(MEETING)
                .leftJoin(PERSON).on(PERSON.ID.eq(MEETING.CHAIR_PERSON_ID));
    }

    /** A session that was held (afgerond) counts as past even before its planned end. */
    private static org.jooq.Condition upcoming(boolean upcoming, Instant now) {
        var held = MEETING.STATUS.in(MeetingStatus.AFGEROND, MeetingStatus.VERSLAG_DEFINITIEF);
        return upcoming ? MEETING.ENDS_AT.ge(now).andNot(held) : MEETING.ENDS_AT.lt(now).or(held);
    }

    int count(long tableId, boolean upcoming, Instant now) {
        return dsl.fetchCount(MEETING, MEETING.CARE_TABLE_ID.eq(tableId)
                .and(upcoming(upcoming, now)));
    }

    /** True when another session of the table overlaps the given time (double booking). */
    boolean overlaps(long tableId, Long exceptId, Instant start, Instant end) {
        var condition = MEETING.CARE_TABLE_ID.eq(tableId)
                .and(MEETING.STATUS.ne(MeetingStatus.GEANNULEERD))
                .and(MEETING.STARTS_AT.lt(end)).and(MEETING.ENDS_AT.gt(start));
        return dsl.fetchCount(MEETING, exceptId == null ? condition : condition.and(MEETING.ID.ne(exceptId))) > 0;
    }
}
