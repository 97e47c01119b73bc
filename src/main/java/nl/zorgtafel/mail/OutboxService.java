package nl.zorgtafel.mail;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.security.Roles;

/**
 * Queues mail in the caller's transaction, so a mail exists exactly when the change that caused
 * it was committed; {@link OutboxSender} delivers it later. Without SMTP the queue is visible in
 * Beheer.
 */
@Service
public class OutboxService {

    private final OutboxRepository repository;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OutboxService(OutboxRepository repository, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    /** Must run inside the transaction of the change that causes the mail; callers are guarded. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PermitAll
    public long enqueue(OutgoingMail mail) {
        return repository.insert(mail, clock.instant());
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public List<OutboxMessage> latest(int offset, int limit) {
        return repository.latest(offset, limit);
    }

    /**
     * Sends a message again as a new one (the original stays as it was). A sealed message holds a
     * secret that may have expired or been used: a new one is made where it came from instead.
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public long resend(long id) {
        var message = repository.find(id).orElseThrow(() -> new FieldRefusal("message", "outbox.rule.unknown"));
        FieldRefusal.require(!message.sealed(), "message", "outbox.rule.sealed");
        // Still queued or being sent: a copy would only arrive twice.
        FieldRefusal.require(message.status() != OutboxStatus.PENDING, "message", "outbox.rule.pending");
        long copy = repository.copy(id, clock.instant()).orElseThrow();
        events.publishEvent(new MailResent(id, copy));
        return copy;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public int count() {
        return repository.count();
    }
}
