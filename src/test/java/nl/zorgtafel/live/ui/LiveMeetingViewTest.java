package nl.zorgtafel.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

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

            _setValue(policeView.actionParty, policeView.actionParty.getListDataView().getItems()
                    .filter(p -> p.organisationId() == session.avim()).findFirst().orElseThrow());
            _setValue(policeView.actionDescription, "Gesprek met de jongere over de witte auto");
            _setValue(policeView.actionDeadline, LocalDate.now().plusDays(7));
            _click(policeView.addAction);
            assertThat(policeView.actionsList.getElement().getTextRecursively()).contains("witte auto");

            switchTo(chairUi, session.chair());
            MockVaadin.runUIQueue(true, chairUi.getSession());
            assertThat(chairView.actionsList.getElement().getTextRecursively()).contains("witte auto");
            switchTo(schoolUi, session.school());
            MockVaadin.runUIQueue(true, schoolUi.getSession());
            // ...but hears nothing of a case item it takes no part in.
            assertThat(schoolView.refreshes).as("the school takes no part in this case").isEqualTo(schoolRefreshes);
            assertThat(schoolView.itemPanel.isVisible()).isFalse();
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
                    context.getBean(nl.zorgtafel.action.ActionService.class), broker,
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
