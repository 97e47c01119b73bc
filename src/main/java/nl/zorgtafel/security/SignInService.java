package nl.zorgtafel.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The throttled checks behind signing in: the password step and every wrong second-factor code
 * count against the account and against the client address.
 */
@Service
class SignInService {

    private final SignInRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignInThrottle throttle = SignInThrottle.DEFAULT;
    private final Counter passwordFailures;
    private final Counter codeFailures;
    private final Counter locks;
    /** Compared against when there is no account, so an unknown name costs the same time. */
    private final String unknownAccountHash;

    SignInService(SignInRepository repository, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            Clock clock, MeterRegistry meters) {
        // Counts only, tagged by step: never a name or an address.
        this.passwordFailures = meters.counter("zorgtafel.signin.failures", "step", "password");
        this.codeFailures = meters.counter("zorgtafel.signin.failures", "step", "code");
        this.locks = meters.counter("zorgtafel.signin.locks");
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.unknownAccountHash = passwordEncoder.encode(TemporaryPassword.generate());
    }

    /**
     * The password step. Empty for every kind of failure; the failure is counted (and audited
     * through the failure event the login filter publishes).
     */
    @Transactional
    Optional<PendingSignIn> checkPassword(String username, String password, String address) {
        Instant now = clock.instant();
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        var credentials = repository.credentials(normalised);
        boolean matches = password != null && password.length() <= 1024 && passwordEncoder.matches(password,
                credentials.map(SignInRepository.Credentials::passwordHash).orElse(unknownAccountHash));
        boolean addressBlocked = addressBlocked(address, now);
        if (credentials.isEmpty() || !matches || addressBlocked) {
            passwordFailures.increment();
        }
        if (credentials.isEmpty()) {
            countAddressFailure(address, now);
            return Optional.empty();
        }
        var account = credentials.get();
        if (account.lockedAt(now) || addressBlocked) {
            // No count while locked: the lock ends at its set time, however often someone knocks.
            countAddressFailure(address, now);
            return Optional.empty();
        }
        if (!matches || !account.usable() || account.passwordExpiredAt(now)) {
            countFailure(account.accountId(), account.organisationId(), address, now);
            return Optional.empty();
        }
        if (passwordEncoder.upgradeEncoding(account.passwordHash())) {
            repository.upgradePasswordHash(account.accountId(), account.passwordHash(), passwordEncoder.encode(password));
        }
        return Optional.of(new PendingSignIn(account.accountId(), account.organisationId(), account.username(),
                account.enrolled(), 0));
    }

    /** Counts a wrong code; true when the account is now locked. */
    @Transactional
    boolean codeFailed(PendingSignIn pending, String address) {
        codeFailures.increment();
        return countFailure(pending.accountId(), pending.organisationId(), address, clock.instant());
    }

    /** Whether the account is locked right now (a code typed then is refused unseen). */
    @Transactional(readOnly = true)
    boolean locked(long accountId) {
        return repository.credentials(accountId).map(c -> c.lockedAt(clock.instant())).orElse(true);
    }

    @Transactional
    void succeeded(long accountId) {
        repository.clearFailures(accountId);
    }

    private boolean countFailure(long accountId, long organisationId, String address, Instant now) {
        countAddressFailure(address, now);
        int failures = repository.addFailure(accountId);
        var lock = throttle.accountLock(failures, now);
        lock.ifPresent(until -> {
            locks.increment();
            repository.lock(accountId, until);
            events.publishEvent(new SecurityEvents.AccountLocked(accountId, organisationId, failures, until));
        });
        return lock.isPresent();
    }

    private boolean addressBlocked(String address, Instant now) {
        return address != null && repository.address(address)
                .map(state -> state.blockedUntil() != null && state.blockedUntil().isAfter(now))
                .orElse(false);
    }

    private void countAddressFailure(String address, Instant now) {
        if (address == null) {
            return;
        }
        var previous = repository.address(address);
        boolean remembered = previous.isPresent()
                && previous.get().lastFailureAt().isAfter(now.minus(throttle.addressMemory()));
        int failures = remembered ? previous.get().failures() + 1 : 1;
        Instant blockedUntil = throttle.addressBlock(failures, now).orElse(remembered ? previous.get().blockedUntil() : null);
        repository.storeAddress(address, new SignInRepository.AddressState(failures, now, blockedUntil));
        repository.forgetAddressesBefore(now.minus(Duration.ofDays(1)));
    }
}
