package nl.zorgtafel.meeting;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PERSON;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.MEETING_INVITED_ORGANISATION;
import static nl.zorgtafel.db.Tables.MEETING_INVITED_PERSON;
import static nl.zorgtafel.db.Tables.MEETING_INVITEE;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.security.TableRole;

@Repository
class InvitationRepository {

    private final DSLContext dsl;

    InvitationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A person to invite, with what decides which case codes their mail may name and whether they
     * can open the session in the application (only with a role at its table).
     */
    record Invitee(long personId, String email, long organisationId, boolean seesAllCases, boolean member) {
    }

    record CalendarFacts(long tableId, String tableName, String uid, int sequence, Instant start, Instant end,
            String place, String videoLink, MeetingStatus status) {
    }

    CalendarFacts facts(long meetingId) {
        return dsl.select(MEETING.CARE_TABLE_ID, CARE_TABLE.NAME, MEETING.ICAL_UID, MEETING.ICAL_SEQUENCE,
                        MEETING.STARTS_AT, MEETING.ENDS_AT, MEETING.PLACE, MEETING.VIDEO_LINK, MEETING.STATUS)
                .from(MEETING).join(CARE_TABLE).on(CARE_TABLE.ID.eq(MEETING.CARE_TABLE_ID))
                .where(MEETING.ID.eq(meetingId))
                .fetchSingle(r -> new CalendarFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /** Every active person with a role at the table. */
    List<Invitee> tableMembers(long tableId) {
        return dsl.select(PERSON.ID, PERSON.EMAIL, PERSON.ORGANISATION_ID, TABLE_MEMBERSHIP.TABLE_ROLE)
                .from(TABLE_MEMBERSHIP).join(PERSON).on(PERSON.ID.eq(TABLE_MEMBERSHIP.PERSON_ID))
                .where(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId).and(PERSON.ACTIVE.isTrue()))
                .orderBy(PERSON.ID)
                .fetch(r -> new Invitee(r.value1(), r.value2(), r.value3(), leads(r.value4()), r.value4() != null));
    }

    /** The people invited to a session. */
    List<Invitee> invitees(long meetingId, long tableId) {
        return dsl.select(PERSON.ID, PERSON.EMAIL, PERSON.ORGANISATION_ID, TABLE_MEMBERSHIP.TABLE_ROLE)
                .from(MEETING_INVITEE)
                .join(PERSON).on(PERSON.ID.eq(MEETING_INVITEE.PERSON_ID))
                .leftJoin(TABLE_MEMBERSHIP).on(TABLE_MEMBERSHIP.PERSON_ID.eq(PERSON.ID)
                        .and(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId)))
                .where(MEETING_INVITEE.MEETING_ID.eq(meetingId))
                .orderBy(PERSON.ID)
                .fetch(r -> new Invitee(r.value1(), r.value2(), r.value3(), leads(r.value4()), r.value4() != null));
    }

    /** Chair and secretary see every case code; no role (a person named on an item) sees their own. */
    private static boolean leads(TableRole role) {
        return role != null && role.leads();
    }

    void invite(long meetingId, long personId, Instant now) {
        dsl.insertInto(MEETING_INVITEE)
                .set(MEETING_INVITEE.MEETING_ID, meetingId)
                .set(MEETING_INVITEE.PERSON_ID, personId)
                .set(MEETING_INVITEE.INVITED_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
    }

    /** Active people named on the session's case items. */
    List<Long> itemPeople(long meetingId) {
        return dsl.selectDistinct(AGENDA_ITEM_PERSON.PERSON_ID).from(AGENDA_ITEM_PERSON)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_PERSON.AGENDA_ITEM_ID))
                .join(PERSON).on(PERSON.ID.eq(AGENDA_ITEM_PERSON.PERSON_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId).and(PERSON.ACTIVE.isTrue()))
                .fetch(AGENDA_ITEM_PERSON.PERSON_ID);
    }

    /**
     * Active people the session invites by name, and the case workers of the organisations it
     * invites (never a guest without an account or a Beheerder, who see no case content).
     */
    List<Long> invitedPeople(long meetingId) {
        var byName = dsl.select(MEETING_INVITED_PERSON.PERSON_ID).from(MEETING_INVITED_PERSON)
                .join(PERSON).on(PERSON.ID.eq(MEETING_INVITED_PERSON.PERSON_ID))
                .where(MEETING_INVITED_PERSON.MEETING_ID.eq(meetingId).and(PERSON.ACTIVE.isTrue())
                        .and(notAdministrator()));
        var byOrganisation = dsl.select(PERSON.ID).from(MEETING_INVITED_ORGANISATION)
                .join(PERSON).on(PERSON.ORGANISATION_ID.eq(MEETING_INVITED_ORGANISATION.ORGANISATION_ID))
                .where(MEETING_INVITED_ORGANISATION.MEETING_ID.eq(meetingId).and(PERSON.ACTIVE.isTrue())
                        .and(PERSON.GUEST.isFalse()).and(PERSON.EMAIL.isNotNull())
                        .and(notAdministrator()));
        return byName.union(byOrganisation).fetch(0, Long.class);
    }

    /** A Beheerder sees no case content, so is never invited to a session. */
    static org.jooq.Condition notAdministrator() {
        return DSL.notExists(DSL.selectOne().from(ACCOUNT)
                .where(ACCOUNT.PERSON_ID.eq(PERSON.ID).and(ACCOUNT.ADMINISTRATOR.isTrue())));
    }

    void uninvite(long meetingId, long personId) {
        dsl.deleteFrom(MEETING_INVITEE)
                .where(MEETING_INVITEE.MEETING_ID.eq(meetingId).and(MEETING_INVITEE.PERSON_ID.eq(personId))).execute();
    }

    void raiseSequence(long meetingId) {
        dsl.update(MEETING).set(MEETING.ICAL_SEQUENCE, MEETING.ICAL_SEQUENCE.plus(1))
                .set(MEETING.VERSION, MEETING.VERSION.plus(1)).where(MEETING.ID.eq(meetingId)).execute();
    }

    void markInvited(long meetingId) {
        dsl.update(MEETING).set(MEETING.STATUS, MeetingStatus.UITGENODIGD)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.STATUS.eq(MeetingStatus.GEPLAND))).execute();
    }
}
