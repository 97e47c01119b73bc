package nl.zorgtafel.live;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

import nl.zorgtafel.action.ActionsChanged;

/**
 * A small in-memory push broker: UIs subscribe to one session and hear, after the change is
 * committed, only of changes to that session that their person may see. Messages carry no
 * content. Subscriptions are removed when the UI detaches; empty sessions are dropped.
 * Single-node by design (see docs/decisions.md).
 */
@Component
public class LiveBroker {

    /** Who listens: their organisation and whether they see every item (chair, secretary). */
    public record Subscriber(long organisationId, boolean seesAll, Consumer<LiveChanged> onChange) {
    }

    private final ConcurrentHashMap<Long, Set<Subscriber>> bySession = new ConcurrentHashMap<>();

    public Registration subscribe(long meetingId, Subscriber subscriber) {
        bySession.computeIfAbsent(meetingId, k -> new CopyOnWriteArraySet<>()).add(subscriber);
        return () -> bySession.computeIfPresent(meetingId, (k, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
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
        publish(new LiveChanged(change.meetingId(), change.agendaItemId(), change.visibleToOrganisations()));
    }

    void publish(LiveChanged change) {
        for (Subscriber subscriber : bySession.getOrDefault(change.meetingId(), Set.of())) {
            if (change.visibleToOrganisations() == null || subscriber.seesAll()
                    || change.visibleToOrganisations().contains(subscriber.organisationId())) {
                subscriber.onChange().accept(change);
            }
        }
    }
}
