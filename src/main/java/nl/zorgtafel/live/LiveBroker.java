package nl.zorgtafel.live;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

import nl.zorgtafel.action.ActionsChanged;
import nl.zorgtafel.base.config.ZorgtafelProperties;

/**
 * A small in-memory push broker: UIs subscribe to one session and hear, after the change is
 * committed, only of changes to that session that their person may see. Messages carry no
 * content. Subscriptions are removed when the UI detaches; empty sessions are dropped.
 * Listeners are called off the sender's request (virtual threads), each on its own, so a slow
 * or broken page never holds up the others. Other nodes' changes arrive through
 * {@link LiveRelay}; who has a page open is kept over all nodes by {@link LivePresence}.
 */
@Component
public class LiveBroker {

    private static final Logger LOG = LoggerFactory.getLogger(LiveBroker.class);

    /** Who listens: the person, their organisation and whether they see every item (chair, secretary). */
    public record Subscriber(long personId, long organisationId, boolean seesAll, Consumer<LiveChanged> onChange) {
    }

    private final ConcurrentHashMap<Long, Set<Subscriber>> bySession = new ConcurrentHashMap<>();
    /** Set when the application shuts down: pages closing then must not make the others read a closed database. */
    private volatile boolean closing;
    private final Executor executor;
    private final LivePresence presence;
    private final ApplicationEventPublisher events;
    private final Timer deliveries;
    private final Counter failures;

    /** Tests deliver in the publishing thread ({@code zorgtafel.live.push-async=false}) to stay deterministic. */
    @Autowired
    LiveBroker(ZorgtafelProperties properties, MeterRegistry meters, LivePresence presence,
            ApplicationEventPublisher events) {
        this(properties.live().pushAsync(), meters, presence, events);
    }

    /** A broker of another node, for tests of the relay between nodes. */
    LiveBroker(boolean async, MeterRegistry meters, LivePresence presence, ApplicationEventPublisher events) {
        this.executor = async ? Executors.newVirtualThreadPerTaskExecutor() : Runnable::run;
        this.presence = presence;
        this.events = events;
        // Counts and timings only: no session, person or organisation in the tags.
        Gauge.builder("zorgtafel.live.pages", this, LiveBroker::subscriberCount)
                .description("Live meeting pages listening for changes on this node").register(meters);
        this.deliveries = Timer.builder("zorgtafel.live.delivery")
                .description("From a committed change to a page having read and shown it")
                .publishPercentiles(0.5, 0.95).register(meters);
        this.failures = meters.counter("zorgtafel.live.delivery.failed");
    }

    /**
     * Listens to one session until the registration is removed. The leads hear of each page that
     * opens or closes, on any node, to see who is connected.
     */
    public Registration subscribe(long meetingId, Subscriber subscriber) {
        bySession.compute(meetingId, (k, set) -> {
            var subscribers = set == null ? new CopyOnWriteArraySet<Subscriber>() : set;
            subscribers.add(subscriber);
            return subscribers;
        });
        long page = presence.opened(meetingId, subscriber.personId());
        events.publishEvent(new LiveChanged(meetingId, null, Set.of()));
        return () -> {
            bySession.computeIfPresent(meetingId, (k, set) -> {
                set.remove(subscriber);
                return set.isEmpty() ? null : set;
            });
            if (!closing) {
                presence.closed(page);
                events.publishEvent(new LiveChanged(meetingId, null, Set.of()));
            }
        };
    }

    /** The people with the session's live page open now, on any node. */
    public Set<Long> connected(long meetingId) {
        return presence.connected(meetingId);
    }

    /** How many UIs listen, over all sessions (for leak tests and monitoring). */
    public int subscriberCount() {
        return bySession.values().stream().mapToInt(Set::size).sum();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LiveChanged change) {
        publish(change);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ActionsChanged change) {
        publish(LiveChanged.of(change));
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
        presence.stop();
    }

    void publish(LiveChanged change) {
        if (closing) {
            return;
        }
        for (Subscriber subscriber : bySession.getOrDefault(change.meetingId(), Set.of())) {
            if (change.visibleToOrganisations() == null || subscriber.seesAll()
                    || change.visibleToOrganisations().contains(subscriber.organisationId())) {
                long published = System.nanoTime();
                executor.execute(() -> {
                    try {
                        subscriber.onChange().accept(change);
                        deliveries.record(System.nanoTime() - published, java.util.concurrent.TimeUnit.NANOSECONDS);
                    } catch (RuntimeException e) {
                        // A page that went away meanwhile; the others still hear of the change.
                        failures.increment();
                        LOG.debug("Live update not delivered to one page: {}", e.getClass().getSimpleName());
                    }
                });
            }
        }
    }
}
