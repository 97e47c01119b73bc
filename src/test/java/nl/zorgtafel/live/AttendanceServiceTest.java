package nl.zorgtafel.live;

import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.meeting.InvitationService;
import nl.zorgtafel.meeting.Rsvp;
import nl.zorgtafel.meeting.RsvpService;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.H2Test;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/** The chair completes attendance: unknown invitees, guests without an account, acceptances and vervangers. */
@H2Test
class AttendanceServiceTest {

    @Autowired
    LiveMeetingService live;
    @Autowired
    AttendanceService attendance;
    @Autowired
    ActionService actions;
    @Autowired
    InvitationService invitations;
    @Autowired
    RsvpService rsvp;
    @Autowired
    SessionFixture fixture;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;
    @Autowired
    LiveRepository sessions;

    private SessionFixture.Session session;

    @BeforeEach
    void aRunningSession() {
        session = fixture.create();
        testData.signIn(session.chair());
        invitations.sendInvitations(session.meetingId());
        testData.signIn(session.police());
        rsvp.respond(session.meetingId(), rsvp.mine(session.meetingId()).orElseThrow().version(), Rsvp.AANWEZIG, false,
                null, null);
        testData.signIn(session.chair());
        live.start(session.meetingId());
        live.accept(session.meetingId());
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    private Attendee line(String username) {
        long person = testData.personIdOf(username);
        return live.state(session.meetingId()).attendance().stream().filter(a -> a.personId() == person).findFirst()
                .orElseThrow();
    }

    @Test
    void invitees_who_did_not_answer_are_listed_as_unknown_and_counted() {
        assertThat(line(session.school()).presence()).isEqualTo(Presence.ONBEKEND);
        assertThat(line(session.youthCare()).presence()).isEqualTo(Presence.ONBEKEND);
        assertThat(line(session.police()).presence()).isEqualTo(Presence.AANWEZIG);
        var count = AttendanceCount.of(live.state(session.meetingId()).attendance());
        // Chair and police are present; secretary, youth care and school unknown; the observer apart.
        assertThat(count.present()).isEqualTo(2);
        assertThat(count.unknown()).isEqualTo(3);
        assertThat(count.expected()).isEqualTo(5);
        assertThat(count.observers()).isEqualTo(1);

        // Someone unknown who opens the session and accepts is there.
        fixture.accepted(session.meetingId(), session.school());
        testData.signIn(session.chair());
        assertThat(line(session.school()).presence()).isEqualTo(Presence.AANWEZIG);
    }

    @Test
    void a_guest_without_an_account_is_added_with_the_way_they_accepted_the_statement() {
        var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(FieldRefusal.class,
                () -> attendance.addGuest(session.meetingId(), " ", session.college(), null));
        assertThat(refusal.reasons()).extracting(FieldRefusal.Reason::field)
                .containsExactlyInAnyOrder("name", "organisation", "how");

        long guest = attendance.addGuest(session.meetingId(), "Mentor Vlinderschool", session.youth(),
                AcceptedHow.MONDELING);
        var added = live.state(session.meetingId()).attendance().stream().filter(a -> a.personId() == guest)
                .findFirst().orElseThrow();
        assertThat(added.guest()).isTrue();
        assertThat(added.presence()).isEqualTo(Presence.AANWEZIG);
        assertThat(added.acceptedAt()).isNotNull();
        assertThat(added.acceptedHow()).isEqualTo(AcceptedHow.MONDELING);
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.CONFIDENTIALITY_ACCEPTED)
                .and(AUDIT_ENTRY.OBJECT_ID.eq(session.meetingId())).and(AUDIT_ENTRY.DETAIL.eq("guest MONDELING"))))
                .isEqualTo(1);
        // A guest has no account: never named on an action (no reminders), never a vervanger.
        assertThat(actions.peopleFor(session.caseItemId(), session.youth()))
                .extracting(ActionService.Colleague::personId).doesNotContain(guest);
        assertThat(attendance.substitutes(session.meetingId(), testData.personIdOf(session.youthCare())))
                .extracting(AttendanceService.Candidate::personId).doesNotContain(guest);
        // Nor when a request names the guest anyway (replayed or crafted).
        assertThatThrownBy(() -> actions.add(session.caseItemId(), new nl.zorgtafel.action.NewAction(session.youth(),
                guest, "Gesprek met de mentor", TestData.today().plusDays(7))))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("action.rule.person");

        testData.signIn(session.police());
        assertThatThrownBy(() -> attendance.addGuest(session.meetingId(), "Iemand", session.avim(),
                AcceptedHow.MONDELING)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_chair_records_an_acceptance_given_on_the_screen_and_adds_a_member_in_the_room() {
        attendance.recordAcceptance(session.meetingId(), testData.personIdOf(session.youthCare()), AcceptedHow.OP_SCHERM);
        var youth = line(session.youthCare());
        assertThat(youth.presence()).isEqualTo(Presence.AANWEZIG);
        assertThat(youth.acceptedHow()).isEqualTo(AcceptedHow.OP_SCHERM);

        // A new member of the table, not invited: offered and added as present.
        long newcomer = testData.person("Nieuwe collega", session.youth(), Map.of(session.tableId(), TableRole.LID));
        assertThat(attendance.candidates(session.meetingId())).extracting(AttendanceService.Candidate::personId)
                .contains(newcomer).doesNotContain(testData.personIdOf(session.youthCare()));
        attendance.addPerson(session.meetingId(), newcomer);
        assertThat(live.state(session.meetingId()).attendance()).anySatisfy(a -> {
            assertThat(a.personId()).isEqualTo(newcomer);
            assertThat(a.presence()).isEqualTo(Presence.AANWEZIG);
        });
        assertThatThrownBy(() -> attendance.addPerson(session.meetingId(), newcomer)).isInstanceOf(FieldRefusal.class);
    }

    @Test
    void a_vervanger_is_a_colleague_of_the_same_organisation_and_takes_the_seat() {
        long colleague = testData.person("Collega jeugdhulp", session.youth(), Map.of());
        long stranger = testData.person("Iemand anders", session.avim(), Map.of());
        long absent = testData.personIdOf(session.youthCare());
        assertThat(attendance.substitutes(session.meetingId(), absent)).extracting(AttendanceService.Candidate::personId)
                .containsExactly(colleague);
        assertThatThrownBy(() -> attendance.setSubstitute(session.meetingId(), absent, stranger))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("attendance.rule.substitute");

        int expectedBefore = AttendanceCount.of(live.state(session.meetingId()).attendance()).expected();
        attendance.setSubstitute(session.meetingId(), absent, colleague);
        var lines = live.state(session.meetingId()).attendance();
        assertThat(lines).anySatisfy(a -> {
            assertThat(a.personId()).isEqualTo(colleague);
            assertThat(a.presence()).isEqualTo(Presence.VERVANGER);
            assertThat(a.replacesPersonId()).isEqualTo(absent);
        });
        assertThat(line(session.youthCare()).presence()).isEqualTo(Presence.AFGEMELD);
        assertThat(AttendanceCount.of(lines).expected()).as("the vervanger takes the seat").isEqualTo(expectedBefore);
    }

    @Test
    void time_is_kept_per_item_across_moves_and_returns() {
        var items = live.state(session.meetingId()).agenda().items();
        long first = items.getFirst().id();
        long second = items.get(1).id();
        var facts = sessions.session(session.meetingId()).orElseThrow();
        assertThat(facts.currentItemId()).isEqualTo(first);
        var since = facts.currentSince();
        sessions.setCurrentItem(facts, second, since.plusSeconds(90));
        facts = sessions.session(session.meetingId()).orElseThrow();
        sessions.setCurrentItem(facts, first, since.plusSeconds(120));
        facts = sessions.session(session.meetingId()).orElseThrow();
        sessions.setCurrentItem(facts, second, since.plusSeconds(150));

        var spent = sessions.spentSeconds(session.meetingId());
        assertThat(spent).containsEntry(first, 120).containsEntry(second, 30);
        var timing = new LiveState.Timing(since, since.plusSeconds(150), spent, since.plusSeconds(170));
        assertThat(timing.secondsOn(second, second)).as("the running item counts on").isEqualTo(50);
        assertThat(timing.secondsOn(first, second)).isEqualTo(120);

        live.goTo(session.meetingId(), session.caseItemId());
        assertThat(live.page(session.meetingId(), null).item().nextSession()).isNull();
        fixture.laterSession(session, 14);
        testData.signIn(session.chair());
        assertThat(live.page(session.meetingId(), null).item().nextSession()).isNotNull();
    }
}
