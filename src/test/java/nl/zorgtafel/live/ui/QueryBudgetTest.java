package nl.zorgtafel.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.QueryRecorder;
import nl.zorgtafel.testsupport.SessionFixture;

/**
 * How many queries opening each main view and one live push cost (issue 18): each within its
 * budget, and the same with ten times the actions (a query per row would show up as growth).
 * The budgets are upper bounds with a little room; docs/performance.md lists them.
 */
class QueryBudgetTest extends KaribuTest {

    /** Per route: the most queries one opening may run. */
    private static final Map<String, Integer> CHAIR_BUDGET = Map.of(
            "", 24, "casussen", 9, "casus/{case}", 38, "mijn-acties", 3, "zittingen", 6,
            "zitting/{meeting}", 15, "acties", 5, "live/{meeting}", 20);
    private static final int PUSH_BUDGET = 15;

    @Autowired
    SessionFixture fixture;
    @Autowired
    ActionService actions;
    @Autowired
    nl.zorgtafel.live.LiveMeetingService live;

    @Test
    void each_main_view_and_a_live_push_stay_within_their_query_budget_however_many_actions() {
        var session = fixture.create();
        testData.signIn(session.chair());
        live.start(session.meetingId());
        fixture.accepted(session.meetingId(), session.chair(), session.police());
        addActions(session, 2);
        login(session.chair());
        var few = openEach(session);
        int pushFew = pushCost(session);

        addActions(session, 20);
        login(session.chair());
        var many = openEach(session);
        int pushMany = pushCost(session);

        for (var route : few.keySet()) {
            System.out.printf("queries to open %s: %d (with 2 actions), %d (with 22)%n", route, few.get(route),
                    many.get(route));
            assertThat(many.get(route)).as("queries to open %s", route).isLessThanOrEqualTo(CHAIR_BUDGET.get(route))
                    .isEqualTo(few.get(route));
        }
        System.out.printf("queries for one live push: %d (with 2 actions), %d (with 22)%n", pushFew, pushMany);
        assertThat(pushMany).isLessThanOrEqualTo(PUSH_BUDGET).isEqualTo(pushFew);
    }

    private Map<String, Integer> openEach(SessionFixture.Session session) {
        var counts = new LinkedHashMap<String, Integer>();
        for (String route : CHAIR_BUDGET.keySet().stream().sorted().toList()) {
            String path = route.replace("{case}", Long.toString(session.caseId()))
                    .replace("{meeting}", Long.toString(session.meetingId()));
            // The round trip lets lazy grids fetch their first page, as a browser's first response would.
            counts.put(route, QueryRecorder.queriesOf(() -> {
                UI.getCurrent().navigate(path);
                com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            }).size());
        }
        return counts;
    }

    /** One page refreshes for a change someone else made: what every open page pays per push. */
    private int pushCost(SessionFixture.Session session) {
        UI.getCurrent().navigate("live/" + session.meetingId());
        var view = _get(LiveMeetingView.class);
        if (view.statementPanel.isVisible()) {
            _click(view.accept);
        }
        return QueryRecorder.queriesOf(() -> {
            view.refresh();
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        }).size();
    }

    private void addActions(SessionFixture.Session session, int count) {
        testData.signIn(session.police());
        for (int i = 0; i < count; i++) {
            actions.add(session.caseItemId(), new NewAction(session.avim(), null, "Actie " + i,
                    TestData.today().plusDays(7 + i)));
        }
        testData.signOut();
    }
}
