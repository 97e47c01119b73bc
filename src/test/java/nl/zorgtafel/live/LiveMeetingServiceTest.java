package nl.zorgtafel.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.meeting.InvitationService;
import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.meeting.Rsvp;
import nl.zorgtafel.meeting.RsvpService;
import nl.zorgtafel.testsupport.H2Test;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

@H2Test
class LiveMeetingServiceTest {

    @Autowired
    LiveMeetingService live;
    @Autowired
    AttendanceService attendance;
    @Autowired
    InvitationService invitations;
    @Autowired
    RsvpService rsvp;
    @Autowired
    SessionFixture fixture;
    @Autowired
    TestData testData;

    private SessionFixture.Session session;

    @BeforeEach
    void aSession() {
        session = fixture.create();
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void nothing_of_the_session_shows_until_the_statement_is_accepted() {
        testData.signIn(session.observer());
        var before = live.state(session.meetingId());
        assertThat(before.accepted()).isFalse();
        assertThat(before.agenda()).isNull();
        assertThat(before.attendance()).isEmpty();
        assertThat(before.statement()).isNotBlank();

        live.accept(session.meetingId());
        var after = live.state(session.meetingId());
        assertThat(after.accepted()).isTrue();
        assertThat(after.observer()).isTrue();
        assertThat(after.attendance()).as("accepting before the start is not attending").isEmpty();
        testData.signIn(session.chair());
        live.start(session.meetingId());
        testData.signIn(session.observer());
        assertThat(live.state(session.meetingId()).attendance()).singleElement().satisfies(a -> {
            assertThat(a.presence()).isEqualTo(Presence.WAARNEMER);
            assertThat(a.acceptedAt()).isNotNull();
        });
        // An observer reads the agenda but not a case item's content.
        assertThat(after.agenda().items()).extracting(MeetingAgenda.Item::caseFileId).doesNotContain(session.caseId());
        assertThatThrownBy(() -> live.notes(session.caseItemId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void starting_takes_attendance_from_the_answers_and_the_chair_moves_everyone_along() {
        testData.signIn(session.chair());
        invitations.sendInvitations(session.meetingId());
        testData.signIn(session.youthCare());
        rsvp.respond(session.meetingId(), rsvp.mine(session.meetingId()).orElseThrow().version(), Rsvp.AFWEZIG, true,
                TestData.today().plusDays(10), null);
        testData.signIn(session.police());
        assertThatThrownBy(() -> live.start(session.meetingId())).isInstanceOf(AccessDeniedException.class);

        testData.signIn(session.chair());
        live.start(session.meetingId());
        live.accept(session.meetingId());
        var state = live.state(session.meetingId());
        assertThat(state.live()).isTrue();
        var items = state.agenda().items();
        assertThat(state.currentItemId()).isEqualTo(items.getFirst().id());
        assertThat(state.attendance()).anySatisfy(a -> {
            assertThat(a.presence()).isEqualTo(Presence.AFGEMELD);
            assertThat(a.writtenInput()).isTrue();
        });
        assertThat(state.attendance()).anySatisfy(a -> assertThat(a.presence()).isEqualTo(Presence.WAARNEMER));

        live.next(session.meetingId());
        assertThat(live.state(session.meetingId()).currentItemId()).isEqualTo(items.get(1).id());
        live.goTo(session.meetingId(), items.getLast().id());
        assertThatThrownBy(() -> live.next(session.meetingId())).isInstanceOf(FieldRefusal.class)
                .hasMessageContaining("live.rule.last-item");
        assertThatThrownBy(() -> live.start(session.meetingId())).isInstanceOf(FieldRefusal.class);

        var chairLine = live.state(session.meetingId()).attendance().stream()
                .filter(a -> a.presence() == Presence.AFGEMELD).findFirst().orElseThrow();
        attendance.setPresence(session.meetingId(), chairLine.personId(), chairLine.version(), Presence.AANWEZIG, false);
        assertThatThrownBy(() -> attendance.setPresence(session.meetingId(), chairLine.personId(), chairLine.version(),
                Presence.AFGEMELD, false)).isInstanceOf(nl.zorgtafel.base.validation.StaleEdit.class);

        live.end(session.meetingId());
        assertThat(live.state(session.meetingId()).status()).isEqualTo(nl.zorgtafel.meeting.MeetingStatus.AFGEROND);
        // Reading the record afterwards is not attending.
        int attended = live.state(session.meetingId()).attendance().size();
        testData.signIn(session.school());
        live.accept(session.meetingId());
        assertThat(live.state(session.meetingId()).attendance()).hasSize(attended);
        testData.signIn(session.chair());
        assertThatThrownBy(() -> live.next(session.meetingId())).isInstanceOf(FieldRefusal.class);
    }

    @Test
    void inbreng_is_recorded_per_party_and_decisions_by_the_chair() {
        testData.signIn(session.chair());
        live.start(session.meetingId());
        testData.signIn(session.police());
        assertThatThrownBy(() -> live.notes(session.caseItemId()))
                .as("not before accepting the statement").isInstanceOf(AccessDeniedException.class);
        live.accept(session.meetingId());

        live.addNote(session.caseItemId(), NoteKind.INBRENG, session.avim(), "Twee meldingen over een witte auto.");
        assertThatThrownBy(() -> live.addNote(session.caseItemId(), NoteKind.INBRENG, session.youth(), "Namens hen"))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("live.rule.own-organisation");
        assertThatThrownBy(() -> live.addNote(session.caseItemId(), NoteKind.BESLUIT, null, "Besloten"))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("live.rule.decision");
        assertThatThrownBy(() -> live.addNote(session.caseItemId(), NoteKind.INBRENG, session.avim(), "x".repeat(4001)))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("live.rule.body-length");

        testData.signIn(session.chair());
        live.accept(session.meetingId());
        live.addNote(session.caseItemId(), NoteKind.BESLUIT, null, "Politie en jeugdhulp gaan samen in gesprek.");
        live.addNote(session.caseItemId(), NoteKind.INBRENG, session.youth(), "Jongere is twee keer weggelopen.");
        assertThat(live.notes(session.caseItemId())).extracting(ItemNote::kind)
                .containsExactly(NoteKind.INBRENG, NoteKind.BESLUIT, NoteKind.INBRENG);
        assertThat(live.notes(session.caseItemId()).getFirst().organisationId()).isEqualTo(session.avim());

        testData.signIn(session.school());
        live.accept(session.meetingId());
        assertThatThrownBy(() -> live.notes(session.caseItemId())).isInstanceOf(AccessDeniedException.class);
    }
}
