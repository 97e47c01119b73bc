package nl.zorgtafel.live.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import nl.zorgtafel.live.LiveMeetingService;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.BenchmarkReport;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.SessionFixture;

/**
 * Open live-meeting pages and what is left when they close (issue 18): every closed page leaves
 * the live broker (no subscription, so no push work and no heap, kept for a closed page). The heap
 * figures it writes are an upper bound only: Karibu gives each mocked browser a servlet and
 * service of its own, which a real installation shares; the per-page heap budget (≤ 0.25 MB) is
 * measured with real browser tabs instead (docs/performance.md). 20 pages in the normal run, 100
 * in the benchmarks profile.
 */
class LiveUiMemoryBenchmarkTest extends KaribuTest {

    private static final int PAGES = Integer.getInteger("bench.iterations", 5) >= 20 ? 100 : 20;

    @Autowired
    SessionFixture fixture;
    @Autowired
    LiveMeetingService live;
    @Autowired
    nl.zorgtafel.live.LiveBroker broker;

    @Test
    void a_closed_live_page_leaves_the_broker() {
        var session = fixture.create();
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            members.add(testData.account("Lid " + i, i % 2 == 0 ? session.youth() : session.avim(), false,
                    Map.of(session.tableId(), TableRole.LID)));
        }
        testData.signIn(session.chair());
        live.start(session.meetingId());
        testData.signOut();
        // One page first, so classes, caches and the broker's structures are not counted per page.
        open(session.chair(), session.meetingId());
        long baseline = usedHeapAfterGc();
        int subscribers = broker.subscriberCount();

        List<UI> pages = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            pages.add(open(members.get(i % members.size()), session.meetingId()));
        }
        long withPages = usedHeapAfterGc();
        assertThat(broker.subscriberCount()).isEqualTo(subscribers + PAGES);

        for (UI page : pages) {
            // What Vaadin does when a tab is closed or its session ends: the UI is detached and removed.
            var vaadinSession = page.getSession();
            vaadinSession.lock();
            try {
                vaadinSession.removeUI(page);
            } finally {
                vaadinSession.unlock();
            }
        }
        pages.clear();
        long afterClosing = usedHeapAfterGc();
        assertThat(broker.subscriberCount()).as("closed pages leave the broker").isEqualTo(subscribers);

        double perPage = (withPages - baseline) / (double) PAGES / 1_000_000;
        double left = (afterClosing - baseline) / 1_000_000.0;
        var report = new BenchmarkReport("live-ui-heap");
        report.line(String.format("mocked browsers (upper bound, a servlet per browser): %.3f MB per open live page "
                + "(%d pages), %.1f MB above the baseline after closing", perPage, PAGES, left));
        report.write();
    }

    private UI open(String username, long meetingId) {
        UI ui = openAnotherBrowser(username);
        ui.navigate("live/" + meetingId);
        var view = _get(LiveMeetingView.class);
        if (view.statementPanel.isVisible()) {
            _click(view.accept);
        }
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        return ui;
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // Several collections until the figure settles (finalisation and soft references).
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
