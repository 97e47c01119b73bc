package nl.zorgtafel.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.server.VaadinSession;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpSession;

import nl.zorgtafel.base.config.ZorgtafelProperties;

/**
 * The signed-in sessions of each person, kept in the database so that ending one works on any
 * node: a person ends their own, and a deactivation or password reset ends all of someone's.
 * Sessions also end after the absolute timeout, however active they are.
 */
@Service
public class AccountSessions {

    /** HTTP session attribute holding the session's random key. */
    static final String KEY_ATTRIBUTE = AccountSessions.class.getName() + ".key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountSessionRepository repository;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration absoluteTimeout;
    private final Duration idleTimeout;
    /** Activity is written at most this often (a quarter of the idle timeout, at most a minute). */
    private final Duration touchEvery;

    AccountSessions(AccountSessionRepository repository, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock, ZorgtafelProperties properties) {
        Duration idleTimeout = properties.session().idleTimeout();
        this.idleTimeout = idleTimeout;
        Duration quarter = idleTimeout.dividedBy(4);
        this.touchEvery = quarter.compareTo(Duration.ofMinutes(1)) < 0 ? quarter : Duration.ofMinutes(1);
        this.repository = repository;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.absoluteTimeout = properties.session().absoluteTimeout();
    }

    /** Records a new signed-in session and marks the HTTP session with its key. */
    @Transactional
    void register(long accountId, HttpSession session, String client, String address) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        repository.insert(accountId, key, clock.instant(), client, address);
        session.setAttribute(KEY_ATTRIBUTE, key);
    }

    /**
     * Whether the session with this key may go on: not ended, younger than the absolute timeout,
     * and active within the idle timeout. Notes activity ({@code activity} false for Vaadin's
     * heartbeats, which an open but unused tab sends for ever).
     */
    @Transactional
    boolean stillValid(String key, boolean activity) {
        Instant now = clock.instant();
        var row = repository.byKey(key);
        if (row.isEmpty() || row.get().endedAt() != null) {
            return false;
        }
        if (!row.get().startedAt().plus(absoluteTimeout).isAfter(now)) {
            end(row.get(), now, "ABSOLUUT");
            return false;
        }
        if (!row.get().lastSeenAt().plus(idleTimeout).isAfter(now)) {
            end(row.get(), now, "INACTIEF");
            return false;
        }
        if (activity && row.get().lastSeenAt().plus(touchEvery).isBefore(now)) {
            repository.touch(row.get().id(), now);
        }
        return true;
    }

    /** Marks the session of this key ended (sign-out, idle timeout); nothing when it already was. */
    @Transactional
    void ended(String key, String reason) {
        repository.byKey(key).filter(row -> row.endedAt() == null).ifPresent(row -> end(row, clock.instant(), reason));
    }

    @EventListener
    void loggedOut(SecurityEvents.LoggedOut event) {
        String key = currentKey();
        if (!key.isEmpty()) {
            ended(key, "UITGELOGD");
        }
    }

    /** An HTTP session ended by itself (idle timeout) or by invalidation: close its row. */
    @EventListener
    void sessionDestroyed(HttpSessionDestroyedEvent event) {
        if (event.getSession().getAttribute(KEY_ATTRIBUTE) instanceof String key) {
            ended(key, "VERLOPEN");
        }
    }

    /** The signed-in person's open sessions, newest first; the one they look from is marked. */
    @Transactional(readOnly = true)
    @PermitAll
    public List<AccountSession> mine() {
        var user = currentUser.require();
        return repository.open(user.accountId(), clock.instant().minus(absoluteTimeout), currentKey());
    }

    /** Ends one of the signed-in person's own sessions (never someone else's). */
    @Transactional
    @PermitAll
    public void endMine(long sessionId) {
        var user = currentUser.require();
        publishEnded(user.accountId(), user.organisationId(),
                repository.end(user.accountId(), List.of(sessionId), clock.instant(), "ZELF"), "ZELF");
    }

    /** Ends the signed-in person's other sessions (after they changed their password). */
    @Transactional
    void endOthersOf(long accountId, long organisationId) {
        String current = currentKey();
        var others = repository.open(accountId, clock.instant().minus(absoluteTimeout), current).stream()
                .filter(session -> !session.current()).map(AccountSession::id).toList();
        if (!others.isEmpty()) {
            publishEnded(accountId, organisationId, repository.end(accountId, others, clock.instant(), "WACHTWOORD"),
                    "WACHTWOORD");
        }
    }

    /** Ends all of someone's sessions, e.g. when they are deactivated or their password reset. */
    @Transactional
    void endAllOfPerson(long personId, String reason) {
        repository.accountOfPerson(personId).ifPresent(owner -> publishEnded(owner.accountId(), owner.organisationId(),
                repository.end(owner.accountId(), null, clock.instant(), reason), reason));
    }

    private void end(AccountSessionRepository.Row row, Instant now, String reason) {
        publishEnded(row.accountId(), row.organisationId(), repository.end(row.accountId(), List.of(row.id()), now, reason),
                reason);
    }

    private void publishEnded(long accountId, long organisationId, List<Long> ids, String reason) {
        ids.forEach(id -> events.publishEvent(new SecurityEvents.SessionEnded(accountId, organisationId, id, reason)));
    }

    private static String currentKey() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession() != null
                && session.getSession().getAttribute(KEY_ATTRIBUTE) instanceof String key ? key : "";
    }
}
