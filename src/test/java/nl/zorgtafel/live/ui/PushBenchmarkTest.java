package nl.zorgtafel.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.NewAction;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/**
 * The push benchmark with mocked browsers: fifteen live pages on one case item; one saves an
 * action and the fourteen others read their {@link nl.zorgtafel.live.LivePage} and update in
 * place. Delivery runs in the saving thread here (tests deliver synchronously), so the time of
 * one save is the time until the last of the fourteen pages is updated: an upper bound of each
 * page's latency. Prints p50/p95 and writes them to target/benchmarks; {@code -Dbench.iterations}
 * sets the number of saves (5 in the normal run, more in the benchmarks profile).
 */
class PushBenchmarkTest extends KaribuTest {

    @Autowired
    SessionFixture fixture;
    @Autowired
    TestData testData;
    @Autowired
    ActionService actions;

    @Test
    void one_save_reaches_fourteen_other_pages() throws Exception {
        int iterations = Integer.getInteger("bench.iterations", 5);
        var session = fixture.create();
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(testData.account("Lid " + i, i % 2 == 0 ? session.youth() : session.avim(), false,
                    Map.of(session.tableId(), TableRole.LID)));
        }
        login(session.chair());
        rememberSignInForPush();
        UI chairUi = UI.getCurrent();
        var chair = open(session.meetingId());
        _click(chair.start);
        _click(chair.next);
        _click(chair.next);
        List<UI> uis = new ArrayList<>(List.of(chairUi));
        List<LiveMeetingView> others = new ArrayList<>(List.of(chair));
        for (String username : concat(List.of(session.secretary()), members)) {
            uis.add(openAnotherBrowser(username));
            others.add(open(session.meetingId()));
        }
        UI saverUi = openAnotherBrowser(session.police());
        uis.add(saverUi);
        open(session.meetingId());
        assertThat(others).hasSize(14).allSatisfy(v -> assertThat(v.item.isVisible()).isTrue());

        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            switchTo(saverUi, session.police());
            int[] before = others.stream().mapToInt(v -> v.refreshes).toArray();
            long start = System.nanoTime();
            actions.add(session.caseItemId(), new NewAction(session.avim(), null, "Benchmarkactie " + i,
                    TestData.today().plusDays(7)));
            // Each page's queued update runs under its own session's lock, one after the other.
            for (UI ui : uis.subList(0, others.size())) {
                com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue(true, ui.getSession());
            }
            nanos[i] = System.nanoTime() - start;
            for (int v = 0; v < others.size(); v++) {
                assertThat(others.get(v).refreshes).as("page %d refreshed", v).isGreaterThan(before[v]);
            }
        }
        assertThat(others.getLast().item.actionsList.getElement().getTextRecursively())
                .contains("Benchmarkactie " + (iterations - 1));
        long refreshStart = System.nanoTime();
        switchTo(chairUi, session.chair());
        chair.refresh();
        long oneRefresh = System.nanoTime() - refreshStart;
        report(nanos, oneRefresh);
        for (UI ui : uis) {
            UI.setCurrent(ui);
            com.vaadin.flow.server.VaadinSession.setCurrent(ui.getSession());
            ui.removeAll();
        }
    }

    private LiveMeetingView open(long meetingId) {
        UI.getCurrent().navigate("live/" + meetingId);
        var view = _get(LiveMeetingView.class);
        if (view.statementPanel.isVisible()) {
            _click(view.accept);
        }
        return view;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void report(long[] nanos, long oneRefresh) throws Exception {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        double p50 = sorted[(int) Math.ceil(0.50 * sorted.length) - 1] / 1e6;
        double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
        String line = String.format(java.util.Locale.ROOT,
                "push (mocked UIs): %d saves, 14 other pages each: save-to-last-page p50 %.1f ms, p95 %.1f ms, "
                        + "max %.1f ms; one page refresh %.1f ms%n",
                nanos.length, p50, p95, sorted[sorted.length - 1] / 1e6, oneRefresh / 1e6);
        System.out.print(line);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("push-mocked-uis.txt"), line);
    }
}
