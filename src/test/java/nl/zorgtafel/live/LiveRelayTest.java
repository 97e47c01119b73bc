package nl.zorgtafel.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Two nodes on one database: this test's application context is node A; node B is a second
 * broker with its own relay and presence over the same tables, as another process would have.
 * Changes are committed for real (no rolled-back test transaction).
 */
@SpringBootTest
class LiveRelayTest {

    private static final long MEETING = 990_001;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    LiveEventRepository repository;
    @Autowired
    LiveBroker brokerA;

    private LiveBroker brokerB;
    private LiveRelay relayB;

    @BeforeEach
    void nodeB() {
        var node = new LiveNode();
        brokerB = new LiveBroker(false, new SimpleMeterRegistry(), new LivePresence(repository, node), event -> { });
        relayB = new LiveRelay(repository, brokerB, node, new SimpleMeterRegistry());
        relayB.poll();
    }

    @Test
    void a_committed_change_on_node_a_reaches_the_pages_on_node_b_that_may_hear_of_it() {
        List<LiveChanged> member = listen(5, false);
        List<LiveChanged> otherOrganisation = listen(9, false);
        List<LiveChanged> chair = listen(1, true);

        transactions.executeWithoutResult(status -> events.publishEvent(new LiveChanged(MEETING, 42L, Set.of(5L))));
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new LiveChanged(MEETING, 43L, null));
            status.setRollbackOnly();
        });
        relayB.poll();

        assertThat(member).extracting(LiveChanged::agendaItemId).containsExactly(42L);
        assertThat(member.getFirst().visibleToOrganisations()).containsExactly(5L);
        assertThat(chair).extracting(LiveChanged::agendaItemId).containsExactly(42L);
        assertThat(otherOrganisation).as("not a deelnemer of the item").isEmpty();
        // Node B's own changes reach its pages directly, not a second time through the relay.
        assertThat(relayB.poll()).isZero();
    }

    @Test
    void a_change_committed_after_a_later_one_is_still_relayed() throws Exception {
        List<LiveChanged> heard = listen(5, true);
        var inserted = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var slow = Thread.ofPlatform().start(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new LiveChanged(MEETING, 1L, null));
            inserted.countDown();
            await(commit);
        }));
        assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
        transactions.executeWithoutResult(status -> events.publishEvent(new LiveChanged(MEETING, 2L, null)));

        relayB.poll();
        assertThat(heard).extracting(LiveChanged::agendaItemId).containsExactly(2L);

        commit.countDown();
        slow.join(10_000);
        relayB.poll();
        assertThat(heard).extracting(LiveChanged::agendaItemId).containsExactly(2L, 1L);
    }

    @Test
    void who_has_the_page_open_is_known_on_every_node() {
        var page = brokerB.subscribe(MEETING + 1, new LiveBroker.Subscriber(77, 5, false, change -> { }));
        assertThat(brokerA.connected(MEETING + 1)).containsExactly(77L);
        page.remove();
        assertThat(brokerA.connected(MEETING + 1)).isEmpty();
    }

    private List<LiveChanged> listen(long organisationId, boolean seesAll) {
        List<LiveChanged> heard = new CopyOnWriteArrayList<>();
        brokerB.subscribe(MEETING, new LiveBroker.Subscriber(organisationId * 10, organisationId, seesAll, heard::add));
        return heard;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
