package nl.zorgtafel.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.live.Presence;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.SessionFixture;

/** The live screen for one person at a time: acceptance, attendance, codes-only, reload, conflicts. */
class LiveMeetingScreensTest extends KaribuTest {

    @Autowired
    SessionFixture fixture;
    @Autowired
    LiveMeetingService live;
    @Autowired
    ActionService actions;

    private SessionFixture.Session session;

    @BeforeEach
    void aLiveSessionAtTheCaseItem() {
        session = fixture.create();
        testData.signIn(session.chair());
        live.start(session.meetingId());
        live.accept(session.meetingId());
        live.next(session.meetingId());
        live.next(session.meetingId());
        testData.signOut();
    }

    private LiveMeetingView openLive() {
        UI.getCurrent().navigate("live/" + session.meetingId());
        return _get(LiveMeetingView.class);
    }

    @Test
    void an_observer_sees_only_the_statement_until_accepting_it_and_then_no_case_content() {
        login(session.observer());
        var view = openLive();
        assertThat(view.statementPanel.isVisible()).isTrue();
        assertThat(view.sessionPanel.isVisible()).isFalse();
        assertThat(view.agenda.list.getChildren().count()).isZero();

        _click(view.accept);
        assertThat(view.sessionPanel.isVisible()).isTrue();
        assertThat(view.item.isVisible()).isFalse();
        assertThat(view.attendanceList.getElement().getTextRecursively()).contains("Waarnemer")
                .contains("verklaring geaccepteerd om");
    }

    @Test
    void after_a_reload_the_page_shows_the_current_item_and_every_saved_action() {
        login(session.police());
        var view = openLive();
        _click(view.accept);
        _setValue(view.item.actionParty, view.item.actionParty.getListDataView().getItems()
                .filter(p -> p.organisationId() == session.avim()).findFirst().orElseThrow());
        _setValue(view.item.actionDescription, "Proces-verbaal opmaken");
        _setValue(view.item.actionDeadline, TestData.today().plusDays(5));
        _click(view.item.addAction);

        // The connection drops; the browser reloads into a new session.
        reload("live/" + session.meetingId());
        var again = _get(LiveMeetingView.class);
        assertThat(again.itemTitle.getText()).matches("[A-Z0-9]+-\\d{4}-\\d{4}");
        assertThat(again.item.actionsList.getElement().getTextRecursively()).contains("Proces-verbaal opmaken");
    }

    @Test
    void bad_input_is_refused_at_the_field_and_nothing_typed_is_lost() {
        login(session.police());
        var view = openLive();
        _click(view.accept);
        _setValue(view.item.actionDescription, "Veiligheidsplan <b>bespreken</b>");
        _click(view.item.addAction);
        assertThat(view.item.actionParty.isInvalid()).isTrue();
        assertThat(view.item.actionDescription.getValue()).isEqualTo("Veiligheidsplan <b>bespreken</b>");

        _setValue(view.item.noteBody, "  ");
        _click(view.item.addInbreng);
        assertThat(view.item.noteBody.isInvalid()).isTrue();
        _setValue(view.item.noteBody, "Melding van de wijkagent, 12 mei.");
        _click(view.item.addInbreng);
        assertThat(view.item.notesList.getElement().getTextRecursively()).contains("Melding van de wijkagent");
        assertThat(view.item.noteBody.getValue()).isEmpty();
    }

    @Test
    void the_shared_screen_shows_no_name_of_any_person_and_survives_a_reload() {
        testData.signIn(session.police());
        live.accept(session.meetingId());
        long person = testData.person("Agent Özdemir", session.avim(), java.util.Map.of());
        actions.add(session.caseItemId(), new NewAction(session.avim(), person, "Huisbezoek", TestData.today().plusDays(3)));
        testData.signOut();

        login(session.chair());
        var view = openLive();
        String names = view.getElement().getTextRecursively();
        assertThat(names).contains("Agent Özdemir").contains("Voorzitter");
        assertThat(view.sharedScreen.getHref()).isEqualTo("scherm/" + session.meetingId());

        for (int load = 0; load < 2; load++) {
            UI.getCurrent().navigate("scherm/" + session.meetingId());
            var screen = _get(SharedScreenView.class);
            String shared = screen.getElement().getTextRecursively();
            assertThat(shared).doesNotContain("Agent Özdemir").doesNotContain("Voorzitter")
                    .contains("Huisbezoek").matches("(?s).*[A-Z0-9]+-\\d{4}-\\d{4}.*");
            assertThat(_find(nl.zorgtafel.base.ui.MainLayout.class)).as("no header with the signed-in person").isEmpty();
            assertThat(screen.current.getText()).startsWith("Nu aan de orde");
        }
    }

    @Test
    void the_chair_records_attendance() {
        login(session.chair());
        var view = openLive();
        long chair = live.state(session.meetingId()).attendance().getFirst().personId();
        Select<Presence> presence = view.attendanceList.row(chair).presence;
        _setValue(presence, Presence.AFGEMELD);
        assertThat(live.state(session.meetingId()).attendance()).anySatisfy(
                a -> assertThat(a.presence()).isEqualTo(Presence.AFGEMELD));
    }

    @Test
    void a_conflicting_change_shows_the_other_version_and_can_be_applied_again() {
        testData.signIn(session.police());
        live.accept(session.meetingId());
        long id = actions.add(session.caseItemId(), new NewAction(session.avim(), null, "Gesprek", TestData.today()
                .plusDays(3)));
        testData.signOut();

        login(session.secretary());
        var view = openLive();
        _click(view.accept);
        _click(view.item.actionRow(id).edit);
        var dialog = _get(ActionEditDialog.class);
        // Meanwhile the police change the same action.
        var secretaryAuth = contexts.getContext().getAuthentication();
        testData.signIn(session.police());
        actions.change(id, actions.find(id).version(), new NewAction(session.avim(), null, "Gesprek met moeder",
                TestData.today().plusDays(4)));
        contexts.getContext().setAuthentication(secretaryAuth);

        _setValue(dialog.description, "Gesprek samen met jeugdhulp");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.conflict.getText()).contains("Gesprek met moeder");
        assertThat(dialog.description.getValue()).isEqualTo("Gesprek samen met jeugdhulp");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(actions.find(id).description()).isEqualTo("Gesprek samen met jeugdhulp");
    }
}
