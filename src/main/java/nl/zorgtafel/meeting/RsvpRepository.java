package nl.zorgtafel.meeting;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.MEETING_INVITEE;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;


@Repository
class RsvpRepository {

    private final DSLContext dsl;

    RsvpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean respond(long meetingId, long personId, int version, Rsvp response, Boolean writtenInput,
            LocalDate writtenInputWhen, Long substitute) {
        return dsl.update(MEETING_INVITEE)
                .set(MEETING_INVITEE.RESPONSE, response)
                .set(MEETING_INVITEE.WRITTEN_INPUT, writtenInput)
                .set(MEETING_INVITEE.WRITTEN_INPUT_WHEN, writtenInputWhen)
                .set(MEETING_INVITEE.SUBSTITUTE_PERSON_ID, substitute)
                .set(MEETING_INVITEE.VERSION, MEETING_INVITEE.VERSION.plus(1))
                .where(MEETING_INVITEE.MEETING_ID.eq(meetingId).and(MEETING_INVITEE.PERSON_ID.eq(personId))
                        .and(MEETING_INVITEE.VERSION.eq(version)))
                .execute() == 1;
    }

    List<InviteeResponse> responses(long meetingId) {
        var substitute = PERSON.as("substitute");
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME, ORGANISATION.NAME, MEETING_INVITEE.RESPONSE,
                        MEETING_INVITEE.WRITTEN_INPUT, MEETING_INVITEE.WRITTEN_INPUT_WHEN,
                        MEETING_INVITEE.SUBSTITUTE_PERSON_ID, substitute.DISPLAY_NAME, MEETING_INVITEE.VERSION)
                .from(MEETING_INVITEE)
                .join(PERSON).on(PERSON.ID.eq(MEETING_INVITEE.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .leftJoin(substitute).on(substitute.ID.eq(MEETING_INVITEE.SUBSTITUTE_PERSON_ID))
                .where(MEETING_INVITEE.MEETING_ID.eq(meetingId))
                .orderBy(ORGANISATION.NAME, PERSON.DISPLAY_NAME)
                .fetch(RsvpRepository::response);
    }

    /** How many are invited to the session and how many of them answered; counted in SQL. */
    NextSession.Answers countAnswers(long meetingId) {
        // Only members of the table can answer in the application; guests answer the chair directly.
        var r = dsl.select(DSL.count(), DSL.count().filterWhere(MEETING_INVITEE.RESPONSE.isNotNull()))
                .from(MEETING_INVITEE)
                .join(MEETING).on(MEETING.ID.eq(MEETING_INVITEE.MEETING_ID))
                .join(TABLE_MEMBERSHIP).on(TABLE_MEMBERSHIP.PERSON_ID.eq(MEETING_INVITEE.PERSON_ID)
                        .and(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(MEETING.CARE_TABLE_ID)))
                .where(MEETING_INVITEE.MEETING_ID.eq(meetingId)).fetchSingle();
        return new NextSession.Answers(r.value1(), r.value2());
    }

    Optional<InviteeResponse> response(long meetingId, long personId) {
        return responses(meetingId).stream().filter(r -> r.personId() == personId).findFirst();
    }

    /**
     * Active people of the organisation who could stand in, never a Beheerder: the installation's
     * administrator sees no case content, so cannot attend a session in someone's place.
     */
    List<Colleague> colleagues(long organisationId, long exceptPersonId) {
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME).from(PERSON)
                .where(PERSON.ORGANISATION_ID.eq(organisationId).and(PERSON.ID.ne(exceptPersonId))
                        .and(caseWorker()))
                .orderBy(PERSON.DISPLAY_NAME)
                .fetch(r -> new Colleague(r.value1(), r.value2()));
    }

    /** By position: the person and the substitute share column names. */
    private static InviteeResponse response(Record r) {
        String answer = r.get(3, String.class);
        return new InviteeResponse(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                answer == null ? null : Rsvp.valueOf(answer), r.get(4, Boolean.class), r.get(5, LocalDate.class),
                r.get(6, Long.class), r.get(7, String.class), r.get(8, Integer.class));
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
