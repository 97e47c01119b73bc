package nl.zorgtafel.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import nl.zorgtafel.base.db.FieldEncryption;

/**
 * The second factor: enrolling an authenticator app, giving a code (or a recovery code) at
 * sign-in, and, once signed in, linking a new app or making new recovery codes after giving a
 * current code again. The methods for the sign-in step serve only the pending sign-in in the
 * security context: there is nobody signed in yet to check a role of.
 */
@Service
public class SecondFactorService {

    static final String SECRET_FIELD = "account.totp_secret";
    static final String ISSUER = "Zorgtafel";
    /** Wrong codes in one attempt before it ends and the password is asked again. */
    static final int CODE_TRIES = 3;

    private final SignInRepository repository;
    private final SignInService signIns;
    private final SignInCompletion completion;
    private final FieldEncryption encryption;
    private final PasswordEncoder passwordEncoder;
    private final SecurityContextHolderStrategy contexts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactorService(SignInRepository repository, SignInService signIns, SignInCompletion completion,
            FieldEncryption encryption, PasswordEncoder passwordEncoder, SecurityContextHolderStrategy contexts,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.signIns = signIns;
        this.completion = completion;
        this.encryption = encryption;
        this.passwordEncoder = passwordEncoder;
        this.contexts = contexts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A new secret to link an app with, not stored until a code made with it is given. */
    public record Enrolment(String secret, String uri) {
    }

    /** What a typed code did. {@code target} is the page to open after {@link #ACCEPTED}. */
    public enum Outcome {
        ACCEPTED, WRONG, ENDED
    }

    public record Result(Outcome outcome, String target, List<String> recoveryCodes) {

        static Result wrong() {
            return new Result(Outcome.WRONG, null, List.of());
        }

        static Result ended() {
            return new Result(Outcome.ENDED, null, List.of());
        }
    }

    /** The sign-in waiting for its second factor in this session, if any. */
    @PermitAll
    public Optional<PendingSignIn> pending() {
        return contexts.getContext().getAuthentication() instanceof PendingSignIn.Token token
                ? Optional.of(token.getPrincipal()) : Optional.empty();
    }

    /** Starts linking an app, for a pending sign-in without one or for the signed-in person. */
    @PermitAll
    public Enrolment newEnrolment() {
        String name = pending().filter(p -> !p.enrolled()).map(PendingSignIn::username)
                .or(() -> currentUser.get().map(ZorgtafelUser::getUsername))
                .orElseThrow(() -> new IllegalStateException("Nobody to enrol"));
        String secret = Totp.newSecret();
        return new Enrolment(secret, Totp.otpauthUri(ISSUER, name, secret));
    }

    /**
     * Pending sign-in without an app: stores the secret when {@code code} was made with it,
     * makes ten recovery codes and completes the sign-in.
     */
    @Transactional
    @PermitAll
    public Result enrolAtSignIn(Enrolment enrolment, String code) {
        var pending = pending().filter(p -> !p.enrolled()).orElseThrow(() -> new IllegalStateException("No enrolment"));
        var step = Totp.matchingStep(enrolment.secret(), code, clock.instant(), null);
        if (step.isEmpty()) {
            return codeFailed(pending, false);
        }
        List<String> codes = enrol(pending.accountId(), pending.organisationId(), enrolment.secret(), step.getAsLong());
        return new Result(Outcome.ACCEPTED, completion.complete(pending, details()), codes);
    }

    /** Pending sign-in with an app: the code from it. */
    @Transactional
    @PermitAll
    public Result verifyAtSignIn(String code) {
        var pending = pending().filter(PendingSignIn::enrolled).orElseThrow(() -> new IllegalStateException("No sign-in"));
        var account = repository.credentials(pending.accountId()).orElseThrow();
        if (account.lockedAt(clock.instant()) || account.totpSecret() == null) {
            return end();
        }
        var step = Totp.matchingStep(encryption.open(SECRET_FIELD, account.totpSecret()), code, clock.instant(),
                account.totpLastStep());
        if (step.isEmpty() || !repository.useStep(pending.accountId(), step.getAsLong())) {
            return codeFailed(pending, false);
        }
        return new Result(Outcome.ACCEPTED, completion.complete(pending, details()), List.of());
    }

    /** Pending sign-in with an app that is not at hand: one of the person's recovery codes. */
    @Transactional
    @PermitAll
    public Result recoverAtSignIn(String recoveryCode) {
        var pending = pending().filter(PendingSignIn::enrolled).orElseThrow(() -> new IllegalStateException("No sign-in"));
        if (signIns.locked(pending.accountId())) {
            return end();
        }
        var left = useRecoveryCode(pending.accountId(), recoveryCode);
        if (left.isEmpty()) {
            return codeFailed(pending, true);
        }
        events.publishEvent(new SecurityEvents.RecoveryCodeUsed(pending.accountId(), pending.organisationId(),
                left.getAsInt()));
        return new Result(Outcome.ACCEPTED, completion.complete(pending, details()), List.of());
    }

    /** Ends the pending sign-in: back to the password. */
    @PermitAll
    public void cancel() {
        if (pending().isPresent()) {
            contexts.clearContext();
            currentUser.store(null);
        }
    }

    /**
     * The signed-in person links a new app: {@code currentCode} from the present app (or a
     * recovery code) proves it is them, {@code newCode} that the new app works.
     */
    @Transactional
    @PermitAll
    public Optional<List<String>> reEnrol(String currentCode, Enrolment enrolment, String newCode) {
        var user = currentUser.require();
        if (!confirmsIdentity(user, currentCode)) {
            return Optional.empty();
        }
        var step = Totp.matchingStep(enrolment.secret(), newCode, clock.instant(), null);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(enrol(user.accountId(), user.organisationId(), enrolment.secret(), step.getAsLong()));
    }

    /** The signed-in person replaces their recovery codes, after giving a current code. */
    @Transactional
    @PermitAll
    public Optional<List<String>> renewRecoveryCodes(String currentCode) {
        var user = currentUser.require();
        if (!confirmsIdentity(user, currentCode)) {
            return Optional.empty();
        }
        events.publishEvent(new SecurityEvents.RecoveryCodesRenewed(user.accountId(), user.organisationId()));
        return Optional.of(newRecoveryCodes(user.accountId()));
    }

    /**
     * Links a known secret to an account without a code, for provisioning the demo's accounts;
     * only the system itself may, never a person (not even a Beheerder).
     */
    @Transactional
    @PermitAll // checked inside: the system only
    public void provision(String username, String secret) {
        if (!currentUser.isSystem()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the system provisions");
        }
        var account = repository.credentials(username).orElseThrow(() -> new IllegalArgumentException("No account"));
        repository.enrol(account.accountId(), encryption.seal(SECRET_FIELD, secret), 0, clock.instant());
    }

    /** How many unused recovery codes the signed-in person has left. */
    @Transactional(readOnly = true)
    @PermitAll
    public int recoveryCodesLeft() {
        return repository.unusedRecoveryCodes(currentUser.require().accountId()).size();
    }

    private boolean confirmsIdentity(ZorgtafelUser user, String code) {
        var account = repository.credentials(user.accountId()).orElseThrow();
        var step = account.totpSecret() == null ? java.util.OptionalLong.empty()
                : Totp.matchingStep(encryption.open(SECRET_FIELD, account.totpSecret()), code, clock.instant(),
                        account.totpLastStep());
        if (step.isPresent() && repository.useStep(user.accountId(), step.getAsLong())) {
            return true;
        }
        if (useRecoveryCode(user.accountId(), code).isPresent()) {
            return true;
        }
        events.publishEvent(new SecurityEvents.SecondFactorFailed(user.accountId(), user.organisationId(), false));
        return false;
    }

    /** Uses one of the account's unused recovery codes; how many are left, or empty when none matched. */
    private java.util.OptionalInt useRecoveryCode(long accountId, String typed) {
        String normalised = RecoveryCodes.normalise(typed);
        var unused = repository.unusedRecoveryCodes(accountId);
        var match = unused.stream().filter(c -> passwordEncoder.matches(normalised, c.hash())).findFirst();
        return match.isPresent() && repository.useRecoveryCode(match.get().id(), clock.instant())
                ? java.util.OptionalInt.of(unused.size() - 1) : java.util.OptionalInt.empty();
    }

    private List<String> enrol(long accountId, long organisationId, String secret, long step) {
        repository.enrol(accountId, encryption.seal(SECRET_FIELD, secret), step, clock.instant());
        events.publishEvent(new SecurityEvents.SecondFactorEnrolled(accountId, organisationId));
        return newRecoveryCodes(accountId);
    }

    private List<String> newRecoveryCodes(long accountId) {
        List<String> codes = RecoveryCodes.generate();
        repository.replaceRecoveryCodes(accountId,
                codes.stream().map(c -> passwordEncoder.encode(RecoveryCodes.normalise(c))).toList(), clock.instant());
        return codes;
    }

    private Result codeFailed(PendingSignIn pending, boolean recoveryCode) {
        events.publishEvent(new SecurityEvents.SecondFactorFailed(pending.accountId(), pending.organisationId(),
                recoveryCode));
        boolean locked = signIns.codeFailed(pending, address());
        var next = pending.withCodeFailure();
        if (locked || next.codeFailures() >= CODE_TRIES) {
            return end();
        }
        currentUser.store(new PendingSignIn.Token(next, details()));
        return Result.wrong();
    }

    private Result end() {
        cancel();
        return Result.ended();
    }

    private Object details() {
        return contexts.getContext().getAuthentication() == null ? null
                : contexts.getContext().getAuthentication().getDetails();
    }

    private String address() {
        return details() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
