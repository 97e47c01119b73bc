package nl.zorgtafel.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;

import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionStatus;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.action.ReviewOutcome;
import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.live.ui.LiveMeetingView;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.SessionFixture;

/** Mijn acties, the review block of the next session, and the chair's overview. */
class ActionScreensTest extends KaribuTest {

    @Autowired
    SessionFixture fixture;
    @Autowired
    LiveMeetingService live;
    @Autowired
    ActionService actions;
    @Autowired
    AgendaService agendas;

    private SessionFixture.Session session;
    private long action;

    @BeforeEach
    void aSessionWithAnAgreedAction() {
        session = fixture.create();
        testData.signIn(session.chair());
        live.start(session.meetingId());
        testData.signIn(session.police());
        live.accept(session.meetingId());
        action = actions.add(session.caseItemId(), new NewAction(session.avim(), null, "Gesprek met de jongere",
                TestData.today().plusDays(7)));
        testData.signIn(session.chair());
        live.end(session.meetingId());
        testData.signOut();
    }

    @Test
    void a_member_changes_the_status_in_mijn_acties_and_niet_mogelijk_asks_why() {
        login(session.police());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("my-actions-summary"))
                .getElement().getTextRecursively()).isEqualTo("Mijn acties: 1 open, waarvan 0 over de deadline");
        UI.getCurrent().navigate("mijn-acties");
        var view = _get(MyActionsView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains("Gesprek met de jongere");

        _click((Button) GridKt._getCellComponent(view.grid, 0, "change"));
        var dialog = _get(StatusDialog.class);
        _setValue(dialog.status, ActionStatus.NIET_MOGELIJK);
        _click(dialog.save);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        _setValue(dialog.reason, "Jongere is naar een andere regio verhuisd");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0)))
                .contains("Niet mogelijk: Jongere is naar een andere regio verhuisd");

        login(session.school());
        UI.getCurrent().navigate("mijn-acties");
        assertThat(GridKt._size(_get(MyActionsView.class).grid)).isZero();
    }

    @Test
    void open_actions_come_back_in_the_next_review_block_where_the_chair_records_the_outcome() {
        long next = fixture.laterSession(session, 14);
        // The agenda builder already shows the review block filling itself.
        login(session.chair());
        UI.getCurrent().navigate("zitting/" + next);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("agenda-items")).getElement()
                .getTextRecursively()).contains("1 actie om terug te blikken");
        testData.signIn(session.chair());
        live.start(next);
        live.accept(next);
        live.next(next);
        assertThat(agendas.agenda(next).items().get(1).block()).isEqualTo(AgendaBlock.REVIEW_ACTIONS);
        testData.signOut();

        login(session.chair());
        UI.getCurrent().navigate("live/" + next);
        var view = _get(LiveMeetingView.class);
        var review = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("live-review"));
        assertThat(review.getElement().getTextRecursively()).contains("Gesprek met de jongere");
        var line = review.getChildren().filter(c -> c.getElement().getClassList().contains("review-action"))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Select<ReviewOutcome> outcome = (Select<ReviewOutcome>) line.getChildren().filter(Select.class::isInstance)
                .findFirst().orElseThrow();
        _setValue(outcome, ReviewOutcome.NIET_UITGEVOERD);
        _click((Button) line.getChildren().filter(Button.class::isInstance).findFirst().orElseThrow());
        assertThat(view.getElement().getTextRecursively()).contains("Niet uitgevoerd (partij heeft het niet gedaan)");
        assertThat(actions.find(action).status()).isEqualTo(ActionStatus.NIET_UITGEVOERD);

        UI.getCurrent().navigate("acties");
        var overview = _get(ActionOverviewView.class);
        assertThat(GridKt._size(overview.open)).isZero();
        assertThat(rows(overview.scores)).anySatisfy(r -> assertThat(r).contains("AVIM").contains("0%"));
    }

    @Test
    void the_overview_is_for_chair_and_secretary_only() {
        login(session.police());
        UI.getCurrent().navigate("acties");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(ActionOverviewView.class)).isEmpty();

        login(session.secretary());
        UI.getCurrent().navigate("acties");
        var overview = _get(ActionOverviewView.class);
        assertThat(GridKt._size(overview.open)).isEqualTo(1);
        assertThat(rows(overview.scores)).anySatisfy(r -> assertThat(r).contains("AVIM").contains("1").contains("–"));
    }

    private static java.util.List<String> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i))).toList();
    }
}
