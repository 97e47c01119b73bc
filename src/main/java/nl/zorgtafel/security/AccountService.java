package nl.zorgtafel.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.validation.FieldRefusal;

/** Creates accounts and keeps the signed-in person's account settings. */
@Service
public class AccountService {

    /** Lower-case letters, digits, dot, dash and underscore: safe in logs and audit entries. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");

    /** A temporary password signs in for this long (ASVS 6.4.1 asks for a short life). */
    static final Duration TEMPORARY_PASSWORD_LIFETIME = Duration.ofHours(24);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordPolicy policy;
    private final AccountSessions sessions;
    private final SignInRepository signIns;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, PasswordPolicy policy, AccountSessions sessions,
            SignInRepository signIns) {
        this.signIns = signIns;
        this.policy = policy;
        this.sessions = sessions;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a login account for an existing person. The username is stored lower-case.
     *
     * @throws IllegalArgumentException when the username is malformed or taken, or the password too short
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public long createAccount(long personId, String username, String rawPassword, boolean administrator) {
        return createAccount(personId, username, rawPassword, administrator, false);
    }

    /**
     * Creates an account; with {@code mustChangePassword} the person has to choose their own
     * password at first sign-in (used with a temporary password from the administrator).
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public long createAccount(long personId, String username, String rawPassword, boolean administrator,
            boolean mustChangePassword) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normalised).matches()) {
            throw new IllegalArgumentException("Username must be 3-100 characters of a-z, 0-9, '.', '-', '_'");
        }
        if (accounts.usernameExists(normalised)) {
            throw new IllegalArgumentException("Username already taken");
        }
        if (rawPassword == null || policy.check(rawPassword, normalised).isPresent()) {
            throw new IllegalArgumentException("Password does not meet the policy");
        }
        Instant now = clock.instant();
        return accounts.insert(personId, normalised, passwordEncoder.encode(rawPassword), administrator,
                mustChangePassword, now, mustChangePassword ? now.plus(TEMPORARY_PASSWORD_LIFETIME) : null);
    }

    /**
     * Gives the person's account a new random temporary password, returned once to show the
     * administrator; the person must replace it at the next sign-in.
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    String resetPassword(long personId) {
        String temporary = TemporaryPassword.generate();
        if (!accounts.setPassword(personId, passwordEncoder.encode(temporary), true,
                clock.instant().plus(TEMPORARY_PASSWORD_LIFETIME))) {
            throw new IllegalArgumentException("No account for this person");
        }
        sessions.endAllOfPerson(personId, "WACHTWOORD_RESET");
        return temporary;
    }

    /**
     * Lifts a lock from failed sign-ins before it ends by itself; audited with who lifted it.
     *
     * @return false when the account was not locked
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public boolean unlock(long personId) {
        var owner = signIns.unlock(personId);
        owner.ifPresent(o -> events.publishEvent(new SecurityEvents.AccountUnlocked(o.accountId(),
                o.organisationId(), currentUser.get().map(ZorgtafelUser::accountId).orElse(0L))));
        return owner.isPresent();
    }

    /** Until when failed sign-ins lock the person's account; empty when they do not. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public Optional<Instant> lockedUntil(long personId) {
        return signIns.lockedUntil(personId).filter(until -> until.isAfter(clock.instant()));
    }

    /** Lets or stops the person's account signing in. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void setEnabled(long personId, boolean enabled) {
        accounts.setEnabled(personId, enabled);
        if (!enabled) {
            sessions.endAllOfPerson(personId, "GEDEACTIVEERD");
        }
    }

    /**
     * The signed-in person replaces their password.
     *
     * @return false when the current password is wrong (nothing changes)
     * @throws FieldRefusal when the new password breaks the policy or equals the current one
     */
    @Transactional
    @PermitAll
    public boolean changeOwnPassword(String currentPassword, String newPassword) {
        ZorgtafelUser user = currentUser.require();
        String hash = accounts.passwordHash(user.accountId()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            return false;
        }
        var problem = policy.check(newPassword == null ? "" : newPassword, user.getUsername());
        if (problem.isPresent()) {
            throw new FieldRefusal("password-new", problem.get().messageKey());
        }
        if (newPassword.equals(currentPassword)) {
            throw new FieldRefusal("password-new", "password.same");
        }
        accounts.setPassword(user.personId(), passwordEncoder.encode(newPassword), false, null);
        // Whoever used the old password elsewhere is signed out there; this session goes on.
        sessions.endOthersOf(user.accountId(), user.organisationId());
        currentUser.replace(user.withPasswordChanged());
        events.publishEvent(new SecurityEvents.PasswordChanged(user.accountId(), user.organisationId()));
        return true;
    }

    /** Ids of an account, for the audit of a failed sign-in; empty for an unknown username. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<Identity> findIdentity(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return accounts.identity(normalised);
    }

    /** An account's ids, without any name. */
    public record Identity(long accountId, long organisationId) {
    }

    /** Stores the signed-in person's UI language and applies it to their session. */
    @Transactional
    @PermitAll
    public void changePreferredLocale(Locale locale) {
        ZorgtafelUser user = currentUser.require();
        String tag = locale.toLanguageTag();
        accounts.updatePreferredLocale(user.accountId(), tag);
        currentUser.replace(user.withPreferredLocale(tag));
    }
}
