package nl.zorgtafel.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One live session under load: the chair's page, followers' pages receiving push, and rounds in
 * which the chair goes to another agenda item, timed from the click to each follower's page seeing
 * the change (any push message after the click: the page's answer to it).
 */
public final class LiveMeetingLoad {

    private final ProtocolPage chair;
    private final List<String> items;
    private final LoadFigures latencies;
    private final List<ProtocolPage> followers = new ArrayList<>();
    private final AtomicReference<Round> round = new AtomicReference<>();
    private int missed;

    /** The chair's page on the session (started if it was not); deliveries are timed into {@code latencies}. */
    public LiveMeetingLoad(ProtocolBrowser chairBrowser, String session, LoadFigures latencies) throws Exception {
        this.chair = join(chairBrowser, session);
        if (chair.has("live-start")) {
            chair.click("live-start");
        }
        this.items = chair.elements().stream().filter(e -> e.startsWith("Hierheen: ")).distinct().toList();
        if (items.size() < 2) {
            throw new IllegalStateException("The session has fewer than two agenda items to go to");
        }
        this.latencies = latencies;
    }

    /** A live page of this browser's person, the session's statement accepted. */
    public static ProtocolPage join(ProtocolBrowser browser, String session) throws Exception {
        var page = browser.open("live/" + session);
        if (page.has("live-accept")) {
            page.click("live-accept");
        }
        return page;
    }

    /** One more follower: the person's live page, with push connected. */
    public void follow(ProtocolBrowser browser, String session) throws Exception {
        var page = join(browser, session);
        page.connectPush(message -> {
            var current = round.get();
            if (current != null) {
                current.seen(page, latencies);
            }
        });
        followers.add(page);
    }

    public int followers() {
        return followers.size();
    }

    /** Changes no follower saw within five seconds, over all rounds so far. */
    public int missed() {
        return missed;
    }

    /**
     * {@code count} times: the chair goes to the other agenda item and waits until every follower
     * has seen it; then a pause (with {@code jitter}, a random part of up to that many milliseconds
     * first, so sessions running at once do not click in step).
     */
    public void rounds(int count, long pauseMillis, long jitter) throws Exception {
        for (int r = 0; r < count; r++) {
            if (jitter > 0) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(jitter));
            }
            var current = new Round(followers.size());
            round.set(current);
            chair.click(items.get(r % 2));
            if (!current.all.await(5, TimeUnit.SECONDS)) {
                missed += (int) current.all.getCount();
            }
            round.set(null);
            Thread.sleep(pauseMillis);
        }
    }

    /** Every page of the session closed, as tabs are. */
    public void close() throws Exception {
        for (var page : followers) {
            page.close();
        }
        chair.close();
    }

    /** One change by the chair: when it was made, and which followers have seen it. */
    private static final class Round {

        private final long began = System.nanoTime();
        private final Set<ProtocolPage> seen = ConcurrentHashMap.newKeySet();
        private final CountDownLatch all;

        Round(int followers) {
            all = new CountDownLatch(followers);
        }

        void seen(ProtocolPage page, LoadFigures latencies) {
            if (seen.add(page)) {
                latencies.record(System.nanoTime() - began);
                all.countDown();
            }
        }
    }
}
