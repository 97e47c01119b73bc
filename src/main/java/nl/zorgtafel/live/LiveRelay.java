package nl.zorgtafel.live;

import java.time.Clock;
import java.time.Duration;
import java.util.TreeMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.zorgtafel.action.ActionsChanged;

/**
 * Live changes between nodes. Each change is written to {@code live_event} in the transaction
 * that made it (a plain listener runs inside it), so a row exists exactly when the change was
 * committed; every node reads the rows of the others ({@link #poll()}) and hands them to its
 * own {@link LiveBroker}, which delivers this node's changes itself after commit.
 * <p>
 * Auto-increment ids are handed out at insert but become visible at commit, so a lower id can
 * appear after a higher one. Ids skipped over are therefore waited for as gaps, up to
 * {@link #GAP_WAIT} (a rolled-back insert leaves a gap that never fills).
 */
@Component
class LiveRelay {

    static final Duration GAP_WAIT = Duration.ofSeconds(5);
    static final Duration KEPT = Duration.ofMinutes(2);
    /** Ids skipped by more than this are not waited for one by one (an auto-increment jump). */
    private static final int LARGEST_GAP = 1000;
    private static final int BATCH = 500;

    private final LiveEventRepository repository;
    private final LiveBroker broker;
    private final LiveNode node;
    private final Clock wall = Clock.systemUTC();

    /** The highest id relayed; -1 until the first poll. */
    private long highest = -1;
    /** Skipped ids still awaited, and when they were first missed (System.nanoTime). */
    private final TreeMap<Long, Long> gaps = new TreeMap<>();

    private final Counter relayed;

    LiveRelay(LiveEventRepository repository, LiveBroker broker, LiveNode node, MeterRegistry meters) {
        this.repository = repository;
        this.broker = broker;
        this.node = node;
        this.relayed = meters.counter("zorgtafel.live.relayed");
        Gauge.builder("zorgtafel.live.relay.gaps", gaps, TreeMap::size)
                .description("Ids of live changes awaited because a later one was seen first").register(meters);
    }

    @EventListener
    void record(LiveChanged change) {
        repository.insert(node.id(), change, wall.instant());
    }

    @EventListener
    void record(ActionsChanged change) {
        record(LiveChanged.of(change));
    }

    /** Relays the other nodes' committed changes since the last poll; returns how many. */
    synchronized int poll() {
        if (highest < 0) {
            // Changes from before this node started concern no page of it.
            highest = repository.lastId();
        }
        long now = System.nanoTime();
        int relayed = 0;
        if (!gaps.isEmpty()) {
            for (var late : repository.byIds(gaps.headMap(gaps.firstKey() + BATCH).keySet())) {
                gaps.remove(late.id());
                relayed += relay(late);
            }
        }
        for (var event : repository.after(highest, BATCH)) {
            long id = event.id();
            if (id - highest <= LARGEST_GAP) {
                for (long missing = highest + 1; missing < id; missing++) {
                    gaps.put(missing, now);
                }
            }
            highest = id;
            relayed += relay(event);
        }
        gaps.values().removeIf(missed -> now - missed > GAP_WAIT.toNanos());
        return relayed;
    }

    private int relay(LiveEventRepository.Event event) {
        if (event.node().equals(node.id())) {
            return 0;
        }
        broker.publish(event.change());
        relayed.increment();
        return 1;
    }

    /** Rows older than any gap anyone waits for go. */
    void purge() {
        repository.purgeEvents(wall.instant().minus(KEPT));
    }
}
