package nl.zorgtafel.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.security.SecurityEvents;
import nl.zorgtafel.security.TableMembership;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * Turns sign-in, sign-out, table switches and refusals into audit entries. Each is written in
 * its own transaction so it stays when the surrounding work fails.
 */
@Component
class SecurityAuditListener {

    private final AuditService audit;
    private final AccountService accounts;

    SecurityAuditListener(AuditService audit, AccountService accounts) {
        this.audit = audit;
        this.accounts = accounts;
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

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : ClientAddress.current();
    }
}
