package nl.zorgtafel.mail;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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

    OutboxService(OutboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
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

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public int count() {
        return repository.count();
    }
}
