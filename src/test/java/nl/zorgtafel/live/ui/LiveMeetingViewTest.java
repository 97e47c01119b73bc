package nl.zorgtafel.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.live.LiveBroker;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.SessionFixture;

/**
 * The live meeting in several mocked browsers at once: pushes reach the other UIs of the same
 * session whose person may see the change, and no one else; listeners go away with their UI.
 */
class LiveMeetingViewTest extends KaribuTest {

    @Autowired
    SessionFixture fixture;
    @Autowired
    LiveBroker broker;

    private SessionFixture.Session session;

    @BeforeEach
    void aSession() {
        session = fixture.create();
    }

    private LiveMeetingView open(String username) {
        UI.getCurrent().navigate("live/" + session.meetingId());
        var view = _get(LiveMeetingView.class);
        if (view.statementPanel.isVisible()) {
            _click(view.accept);
        }
        return view;
    }

    @Test
    void an_action_added_in_one_browser_appears_in_the_others_that_may_see_it_and_nowhere_else() {
        login(session.chair());
        rememberSignInForPush();
        var chairView = open(session.chair());
        assertThat(chairView.sessionPanel.isVisible()).isTrue();
        _click(chairView.start);
        UI chairUi = UI.getCurrent();

        UI policeUi = openAnotherBrowser(session.police());
        var policeView = open(session.police());
        UI schoolUi = openAnotherBrowser(session.school());
        var schoolView = open(session.school());
        try {
            switchTo(chairUi, session.chair());
            chairView.refresh();
            // The chair moves everyone to the case item.
            _click(chairView.next);
            _click(chairView.next);
            switchTo(policeUi, session.police());
            MockVaadin.runUIQueue(true, policeUi.getSession());
            String code = chairView.itemTitle.getText();
            assertThat(code).matches("[A-Z0-9]+-\\d{4}-\\d{4}");
            assertThat(policeView.itemTitle.getText()).as("pushed to the police's browser").isEqualTo(code);
            // The school's browser follows general changes (the current item)...
            switchTo(schoolUi, session.school());
            MockVaadin.runUIQueue(true, schoolUi.getSession());
            assertThat(schoolView.itemTitle.getText()).isEqualTo(
                    "Er wordt een casus besproken waaraan jouw organisatie niet deelneemt.");
            int schoolRefreshes = schoolView.refreshes;
            switchTo(policeUi, session.police());

            _setValue(policeView.item.actionParty, policeView.item.actionParty.getListDataView().getItems()
                    .filter(p -> p.organisationId() == session.avim()).findFirst().orElseThrow());
            _setValue(policeView.item.actionDescription, "Gesprek met de jongere over de witte auto");
            _setValue(policeView.item.actionDeadline, TestData.today().plusDays(7));
            _click(policeView.item.addAction);
            assertThat(policeView.item.actionsList.getElement().getTextRecursively()).contains("witte auto");

            switchTo(chairUi, session.chair());
            MockVaadin.runUIQueue(true, chairUi.getSession());
            assertThat(chairView.item.actionsList.getElement().getTextRecursively()).contains("witte auto");
            switchTo(schoolUi, session.school());
            MockVaadin.runUIQueue(true, schoolUi.getSession());
            // ...but hears nothing of a case item it takes no part in.
            assertThat(schoolView.refreshes).as("the school takes no part in this case").isEqualTo(schoolRefreshes);
            assertThat(schoolView.item.isVisible()).isFalse();
            assertThat(schoolView.getElement().getTextRecursively()).doesNotContain("witte auto");

            // Signed out in that browser (the HTTP session forgets the sign-in): the page stops listening.
            int listening = broker.subscriberCount();
            schoolUi.getSession().getSession().removeAttribute(
                    org.springframework.security.web.context.HttpSessionSecurityContextRepository
                            .SPRING_SECURITY_CONTEXT_KEY);
            switchTo(chairUi, session.chair());
            _click(chairView.next);
            switchTo(schoolUi, session.school());
            MockVaadin.runUIQueue(true, schoolUi.getSession());
            assertThat(schoolView.refreshes).isEqualTo(schoolRefreshes);
            assertThat(broker.subscriberCount()).isEqualTo(listening - 1);
        } finally {
            closeAll(chairUi, policeUi, schoolUi);
        }
    }

    @Test
    void typed_inbreng_and_a_chosen_action_person_survive_pushes_and_the_chair_moving_on() {
        login(session.chair());
        rememberSignInForPush();
        var chairView = open(session.chair());
        _click(chairView.start);
        _click(chairView.next);
        _click(chairView.next);
        UI chairUi = UI.getCurrent();
        long caseItem = session.caseItemId();

        UI policeUi = openAnotherBrowser(session.police());
        var policeView = open(session.police());
        UI youthUi = openAnotherBrowser(session.youthCare());
        var youthView = open(session.youthCare());
        try {
            // The police type inbreng (it reaches the server as typed) and choose a party and person.
            switchTo(policeUi, session.police());
            _setValue(policeView.item.noteBody, "Twee meldingen over een witte auto bij school");
            var avim = policeView.item.actionParty.getListDataView().getItems()
                    .filter(p -> p.organisationId() == session.avim()).findFirst().orElseThrow();
            _setValue(policeView.item.actionParty, avim);
            var person = policeView.item.actionPerson.getListDataView().getItems().findFirst().orElseThrow();
            _setValue(policeView.item.actionPerson, person);

            // Youth care adds an action meanwhile: the push refreshes the police's page.
            switchTo(youthUi, session.youthCare());
            _setValue(youthView.item.actionParty, youthView.item.actionParty.getListDataView().getItems()
                    .filter(p -> p.organisationId() == session.youth()).findFirst().orElseThrow());
            _setValue(youthView.item.actionDescription, "Veiligheidsplan opstellen");
            _setValue(youthView.item.actionDeadline, TestData.today().plusDays(7));
            _click(youthView.item.addAction);
            switchTo(policeUi, session.police());
            MockVaadin.runUIQueue(true, policeUi.getSession());
            assertThat(policeView.item.actionsList.getElement().getTextRecursively()).contains("Veiligheidsplan");
            assertThat(policeView.item.actionParty.getValue()).isEqualTo(avim);
            assertThat(policeView.item.actionPerson.getValue()).as("the chosen person stays").isEqualTo(person);

            // The chair moves on: the police stay with their text, told so, and save it to the case item.
            switchTo(chairUi, session.chair());
            _click(chairView.next);
            switchTo(policeUi, session.police());
            MockVaadin.runUIQueue(true, policeUi.getSession());
            assertThat(policeView.item.noteBody.getValue()).isEqualTo("Twee meldingen over een witte auto bij school");
            assertThat(policeView.movedNotice.isVisible()).isTrue();
            assertThat(policeView.movedNotice.getElement().getTextRecursively()).contains("verder gegaan");
            _click(policeView.item.addInbreng);
            assertThat(policeView.item.noteBody.getValue()).isEmpty();
            assertThat(context.getBean(nl.zorgtafel.live.LiveMeetingService.class).notes(caseItem))
                    .extracting(nl.zorgtafel.live.ItemNote::body)
                    .contains("Twee meldingen over een witte auto bij school");
            assertThat(policeView.movedNotice.isVisible()).as("saved: the page follows the chair again").isFalse();
        } finally {
            closeAll(chairUi, policeUi, youthUi);
        }
    }

    @Test
    void a_half_typed_review_note_and_chosen_outcome_survive_a_push() {
        long next = fixture.laterSession(session, 14);
        testData.signIn(session.chair());
        var live = context.getBean(nl.zorgtafel.live.LiveMeetingService.class);
        live.start(session.meetingId());
        fixture.accepted(session.meetingId(), session.chair(), session.police());
        testData.signIn(session.police());
        long action = context.getBean(nl.zorgtafel.action.ActionService.class).add(session.caseItemId(),
                new nl.zorgtafel.action.NewAction(session.avim(), null, "Gesprek met school",
                        TestData.today().plusDays(7)));
        testData.signIn(session.chair());
        live.end(session.meetingId());
        live.start(next);
        live.next(next);
        testData.signOut();

        login(session.chair());
        rememberSignInForPush();
        UI.getCurrent().navigate("live/" + next);
        var chairView = _get(LiveMeetingView.class);
        _click(chairView.accept);
        UI chairUi = UI.getCurrent();
        var row = chairView.reviewList.row(action);
        _setValue(row.outcome, nl.zorgtafel.action.ReviewOutcome.NIET_MOGELIJK);
        _setValue(row.note, "Jongere is verhu");

        UI policeUi = openAnotherBrowser(session.police());
        open(session.police());
        try {
            // The police accepting the statement pushes to the chair's page.
            switchTo(chairUi, session.chair());
            MockVaadin.runUIQueue(true, chairUi.getSession());
            assertThat(chairView.refreshes).isGreaterThan(1);
            assertThat(chairView.reviewList.row(action)).isSameAs(row);
            assertThat(row.outcome.getValue()).isEqualTo(nl.zorgtafel.action.ReviewOutcome.NIET_MOGELIJK);
            assertThat(row.note.getValue()).isEqualTo("Jongere is verhu");
        } finally {
            closeAll(chairUi, policeUi);
        }
    }

    private static void closeAll(UI... uis) {
        for (UI ui : uis) {
            UI.setCurrent(ui);
            com.vaadin.flow.server.VaadinSession.setCurrent(ui.getSession());
            ui.removeAll();
        }
    }

    @Test
    void a_thousand_live_pages_attach_and_detach_and_leave_no_listener_behind() {
        login(session.chair());
        UI ui = UI.getCurrent();
        int before = broker.subscriberCount();
        for (int i = 0; i < 1000; i++) {
            var view = new LiveMeetingView(context.getBean(nl.zorgtafel.live.LiveMeetingService.class),
                    context.getBean(nl.zorgtafel.action.ActionService.class),
                    context.getBean(nl.zorgtafel.live.AttendanceService.class), broker,
                    context.getBean(nl.zorgtafel.security.SystemTasks.class),
                    context.getBean(nl.zorgtafel.security.CurrentUser.class));
            view.meetingId = session.meetingId();
            ui.add(view);
            assertThat(broker.subscriberCount()).isEqualTo(before + 1);
            ui.remove(view);
        }
        assertThat(broker.subscriberCount()).isEqualTo(before);

        // A closed browser tab stops its heartbeat; Vaadin then removes the UI, which detaches
        // the page and with it the page's listener.
        ui.navigate("live/" + session.meetingId());
        assertThat(broker.subscriberCount()).isEqualTo(before + 1);
        ui.getSession().removeUI(ui);
        assertThat(broker.subscriberCount()).isEqualTo(before);
    }
}
