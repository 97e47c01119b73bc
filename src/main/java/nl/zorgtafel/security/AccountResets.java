package nl.zorgtafel.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.config.ZorgtafelProperties;
import nl.zorgtafel.base.validation.FieldRefusal;

/**
 * Resets with separation of duties. The Beheerder sees no case content, so may not be able to
 * become someone who does: for a person with a table role a password reset mails them a
 * one-time link (the Beheerder never sees a password); removing a second factor needs a second
 * Beheerder's approval; nobody resets their own account here. The person is told by mail
 * (nl.zorgtafel.mail.AccountNotices listens to the events).
 */
@Service
public class AccountResets {

    static final Duration LINK_LIFETIME = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountResetRepository repository;
    private final AccountService accounts;
    private final SignInRepository signIns;
    private final AccountSessions sessions;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    AccountResets(AccountResetRepository repository, AccountService accounts, SignInRepository signIns,
            AccountSessions sessions, PasswordPolicy policy, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            ZorgtafelProperties properties) {
        this.baseUrl = properties.baseUrl();
        this.repository = repository;
        this.accounts = accounts;
        this.signIns = signIns;
        this.sessions = sessions;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** What a password reset gave: a mailed link, or (no case data) a temporary password to hand over. */
    public record PasswordReset(boolean mailed, String temporaryPassword) {
    }

    /** Second-factor reset requests of one person, as the Beheerder looking at them sees them. */
    public enum SecondFactorRequest {
        NONE, ASKED_BY_ME, ASKED_BY_ANOTHER
    }

    /**
     * Resets the person's password: the old one stops working and their sessions end. Someone
     * with a table role gets a link by mail; anyone else a temporary password shown once here.
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public PasswordReset resetPassword(long personId) {
        var target = otherThanMe(personId);
        String temporary = accounts.resetPassword(personId);
        if (!target.seesCases()) {
            events.publishEvent(new SecurityEvents.PasswordReset(target.accountId()));
            return new PasswordReset(false, temporary);
        }
        String token = newLink(target.accountId(), currentUser.get().map(ZorgtafelUser::accountId).orElse(null));
        events.publishEvent(new SecurityEvents.PasswordLinkCreated(target.accountId(), token));
        return new PasswordReset(true, null);
    }

    /**
     * A one-time link (24 hours) for choosing the password of the person's account, returned
     * instead of mailed. Only for the system's own work (the first Beheerder of an installation,
     * whose operator prints the link once): a signed-in Beheerder never receives someone's link,
     * which would let them choose that person's password.
     *
     * @throws IllegalStateException when called by a person rather than by {@link SystemTasks}
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public String passwordLinkForSystem(long personId) {
        if (!currentUser.isSystem()) {
            throw new IllegalStateException("Only the system receives a password link instead of mailing it");
        }
        var target = repository.target(personId).orElseThrow(() -> new FieldRefusal("person", "validation.no-account"));
        return baseUrl + "/wachtwoord-instellen/" + newLink(target.accountId(), null);
    }

    private String newLink(long accountId, Long createdBy) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        repository.insertLink(accountId, hash(token), clock.instant(), clock.instant().plus(LINK_LIFETIME), createdBy);
        return token;
    }

    /** Whether a link from a mail can still be used (unused, younger than a day). */
    @Transactional(readOnly = true)
    @PermitAll
    public boolean linkValid(String token) {
        return token != null && repository.validLink(hash(token), clock.instant()).isPresent();
    }

    /**
     * Sets the password chosen through a mailed link, which then stops working.
     *
     * @throws FieldRefusal when the password breaks the policy or the link is no longer valid
     */
    @Transactional
    @PermitAll
    public void choosePassword(String token, String password) {
        var account = token == null ? Optional.<Long>empty() : repository.validLink(hash(token), clock.instant());
        if (account.isEmpty()) {
            throw new FieldRefusal("link", "password-link.invalid");
        }
        var target = repository.targetOfAccount(account.get()).orElseThrow();
        String username = signIns.credentials(account.get()).map(SignInRepository.Credentials::username).orElse(null);
        var problem = policy.check(password == null ? "" : password, username);
        if (problem.isPresent()) {
            throw new FieldRefusal("password-new", problem.get().messageKey());
        }
        if (!repository.useLink(hash(token), clock.instant())) {
            throw new FieldRefusal("link", "password-link.invalid");
        }
        repository.setChosenPassword(account.get(), passwordEncoder.encode(password));
        events.publishEvent(new SecurityEvents.PasswordChanged(target.accountId(), target.organisationId()));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public SecondFactorRequest secondFactorRequest(long personId) {
        var target = repository.target(personId).orElseThrow();
        long me = currentUser.require().accountId();
        return repository.openSecondFactorRequest(target.accountId())
                .map(by -> by == me ? SecondFactorRequest.ASKED_BY_ME : SecondFactorRequest.ASKED_BY_ANOTHER)
                .orElse(SecondFactorRequest.NONE);
    }

    /** A first Beheerder asks to remove the person's second factor (a lost phone, no codes left). */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void askSecondFactorReset(long personId) {
        var target = otherThanMe(personId);
        if (repository.openSecondFactorRequest(target.accountId()).isEmpty()) {
            repository.requestSecondFactorReset(target.accountId(), currentUser.require().accountId(), clock.instant());
            events.publishEvent(new SecurityEvents.SecondFactorResetAsked(target.accountId(), target.organisationId(),
                    currentUser.require().accountId()));
        }
    }

    /**
     * Another Beheerder approves: the second factor and recovery codes are removed, sessions
     * end, and the person links a new app at their next sign-in.
     *
     * @throws FieldRefusal when there is no request, or the approver asked it themselves
     */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void approveSecondFactorReset(long personId) {
        var target = otherThanMe(personId);
        long me = currentUser.require().accountId();
        if (!repository.approveSecondFactorReset(target.accountId(), me, clock.instant())) {
            throw new FieldRefusal("second-factor", "second-factor-reset.needs-another");
        }
        signIns.removeSecondFactor(target.accountId());
        sessions.endAllOfPerson(personId, "TWEEDE_STAP_RESET");
        events.publishEvent(new SecurityEvents.SecondFactorReset(target.accountId(), target.organisationId(), me));
    }

    private AccountResetRepository.Target otherThanMe(long personId) {
        var target = repository.target(personId).orElseThrow(() -> new FieldRefusal("person", "validation.no-account"));
        if (currentUser.get().map(u -> u.personId() == personId).orElse(false)) {
            throw new FieldRefusal("person", "validation.own-account");
        }
        return target;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
