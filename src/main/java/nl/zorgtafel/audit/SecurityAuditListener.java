package nl.zorgtafel.audit;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.security.PendingSignIn;
import nl.zorgtafel.security.SecurityEvents;
import nl.zorgtafel.security.TableMembership;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * Turns sign-in, sign-out, table switches and refusals into audit entries. Each is written in
 * its own transaction so it stays when the surrounding work fails.
 * <p>
 * Every refusal of a signed-in person is one {@code ACCESS_DENIED} entry, whoever refused: the
 * access service (an object: type and id), Vaadin's view access check (detail {@code view /path}),
 * method security (detail {@code method Service.method}, never the arguments) or the HTTP filter
 * (detail {@code GET /path}). Each refusal is reported by exactly one of them. Refusals of someone
 * not signed in are not recorded: on the web those are every visit before signing in, answered
 * with the login page, and they name nobody; failed sign-ins are recorded as such.
 */
@Component
class SecurityAuditListener {

    private final AuditService audit;
    private final AccountService accounts;
    private final AuditedPaths paths;

    SecurityAuditListener(AuditService audit, AccountService accounts, AuditedPaths paths) {
        this.audit = audit;
        this.accounts = accounts;
        this.paths = paths;
    }

    @EventListener
    void mailResent(nl.zorgtafel.mail.MailResent event) {
        audit.record(AuditKind.MAIL_RESENT, AuditObject.of("outbox_message", event.originalId()),
                "copy " + event.copyId());
    }

    @EventListener
    void loginSucceeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ZorgtafelUser user) {
            audit.recordFor(AuditKind.LOGIN_SUCCEEDED, user.accountId(), user.organisationId(),
                    user.currentMembership().map(TableMembership::tableId).orElse(null), null,
                    address(event.getAuthentication()), null);
        }
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        // The typed username is not stored: it may be a mistyped name of a real person.
        var identity = accounts.findIdentity(event.getAuthentication().getName());
        audit.recordFor(AuditKind.LOGIN_FAILED,
                identity.map(AccountService.Identity::accountId).orElse(null),
                identity.map(AccountService.Identity::organisationId).orElse(null), null, null,
                address(event.getAuthentication()), event.getException().getClass().getSimpleName());
    }

    @EventListener
    void secondFactorFailed(SecurityEvents.SecondFactorFailed event) {
        audit.recordFor(AuditKind.LOGIN_FAILED, event.accountId(), event.organisationId(), null, null,
                ClientAddress.current(), event.recoveryCode() ? "RecoveryCode" : "SecondFactor");
    }

    @EventListener
    void accountLocked(SecurityEvents.AccountLocked event) {
        audit.recordFor(AuditKind.ACCOUNT_LOCKED, event.accountId(), event.organisationId(), null,
                AuditObject.of("account", event.accountId()), ClientAddress.current(),
                "failures=" + event.failures() + " until=" + event.until());
    }

    @EventListener
    void accountUnlocked(SecurityEvents.AccountUnlocked event) {
        audit.recordFor(AuditKind.ACCOUNT_UNLOCKED, event.unlockedByAccountId(), null, null,
                AuditObject.of("account", event.accountId()), ClientAddress.current(), null);
    }

    @EventListener
    void secondFactorEnrolled(SecurityEvents.SecondFactorEnrolled event) {
        audit.recordFor(AuditKind.SECOND_FACTOR_ENROLLED, event.accountId(), event.organisationId(), null,
                AuditObject.of("account", event.accountId()), ClientAddress.current(), null);
    }

    @EventListener
    void secondFactorResetAsked(SecurityEvents.SecondFactorResetAsked event) {
        audit.recordFor(AuditKind.SECOND_FACTOR_RESET_ASKED, event.askedByAccountId(), null, null,
                AuditObject.of("account", event.accountId()), ClientAddress.current(), null);
    }

    @EventListener
    void secondFactorReset(SecurityEvents.SecondFactorReset event) {
        audit.recordFor(AuditKind.SECOND_FACTOR_RESET, event.approvedByAccountId(), null, null,
                AuditObject.of("account", event.accountId()), ClientAddress.current(), null);
    }

    @EventListener
    void recoveryCodeUsed(SecurityEvents.RecoveryCodeUsed event) {
        audit.recordFor(AuditKind.RECOVERY_CODE_USED, event.accountId(), event.organisationId(), null,
                AuditObject.of("account", event.accountId()), ClientAddress.current(), "left=" + event.left());
    }

    @EventListener
    void recoveryCodesRenewed(SecurityEvents.RecoveryCodesRenewed event) {
        audit.recordFor(AuditKind.RECOVERY_CODES_RENEWED, event.accountId(), event.organisationId(), null,
                AuditObject.of("account", event.accountId()), ClientAddress.current(), null);
    }

    @EventListener
    void providerLinked(SecurityEvents.ProviderLinked event) {
        audit.recordFor(AuditKind.PROVIDER_LINKED, event.accountId(), event.organisationId(), null,
                AuditObject.of("account", event.accountId()), ClientAddress.current(), null);
    }

    @EventListener
    void sessionEnded(SecurityEvents.SessionEnded event) {
        audit.recordFor(AuditKind.SESSION_ENDED, event.accountId(), event.organisationId(), null,
                AuditObject.of("account_session", event.sessionId()), ClientAddress.current(), event.reason());
    }

    @EventListener
    void loggedOut(SecurityEvents.LoggedOut event) {
        audit.recordFor(AuditKind.LOGOUT, event.accountId(), event.organisationId(), event.tableId(),
                null, ClientAddress.current(), null);
    }

    @EventListener
    void passwordChanged(SecurityEvents.PasswordChanged event) {
        audit.recordFor(AuditKind.PASSWORD_CHANGED, event.accountId(), event.organisationId(), null,
                null, ClientAddress.current(), null);
    }

    @EventListener
    void tableSwitched(SecurityEvents.TableSwitched event) {
        audit.recordFor(AuditKind.TABLE_SWITCHED, event.accountId(), event.organisationId(),
                event.tableId(), AuditObject.of("care_table", event.tableId()), ClientAddress.current(), null);
    }

    @EventListener
    void accessDenied(SecurityEvents.AccessDenied event) {
        audit.recordFor(AuditKind.ACCESS_DENIED, event.accountId(), event.organisationId(),
                event.tableId(), event.objectType() == null ? null
                        : new AuditObject(event.objectType(), event.objectId() == null ? 0 : event.objectId()),
                ClientAddress.current(), null);
    }

    @EventListener
    void viewRefused(SecurityEvents.ViewRefused event) {
        audit.recordFor(AuditKind.ACCESS_DENIED, event.accountId(), event.organisationId(), event.tableId(), null,
                ClientAddress.current(), "view " + paths.of(event.path()));
    }

    /** Refusals by method security and by the HTTP filter (see {@code security.RefusalEvents}). */
    @EventListener
    void authorizationDenied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        // Someone who gave the right password but not yet the code is known by their account.
        PendingSignIn pending = who != null && who.getPrincipal() instanceof PendingSignIn p ? p : null;
        if (who == null || (!who.isAuthenticated() && pending == null) || who instanceof AnonymousAuthenticationToken) {
            return;
        }
        // The container's error page for a response (a refusal, a 404) is checked again; that
        // is no refusal of its own.
        if (event.getObject() instanceof HttpServletRequest request
                && request.getDispatcherType() == DispatcherType.ERROR) {
            return;
        }
        // The system's own work (SystemTasks) has no ZorgtafelUser: an entry without an actor.
        ZorgtafelUser user = who.getPrincipal() instanceof ZorgtafelUser signedIn ? signedIn : null;
        String address = ClientAddress.current();
        String refused;
        switch (event.getObject()) {
            case MethodInvocation invocation -> refused = "method " + name(invocation);
            case MethodInvocationResult result -> refused = "method " + name(result.getMethodInvocation());
            case HttpServletRequest request -> {
                refused = request.getMethod() + " " + paths.of(request.getRequestURI()
                        .substring(request.getContextPath().length()));
                address = request.getRemoteAddr();
            }
            default -> refused = event.getObject().getClass().getSimpleName();
        }
        Long accountId = user != null ? Long.valueOf(user.accountId()) : pending != null ? pending.accountId() : null;
        Long organisationId = user != null ? Long.valueOf(user.organisationId())
                : pending != null ? pending.organisationId() : null;
        audit.recordFor(AuditKind.ACCESS_DENIED, accountId, organisationId,
                user == null ? null : user.currentMembership().map(TableMembership::tableId).orElse(null), null,
                address, pending != null ? refused + " (before the code)" : refused);
    }

    private static String name(MethodInvocation invocation) {
        return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : ClientAddress.current();
    }
}
