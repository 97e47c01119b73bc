package nl.zorgtafel.security;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signing in through an organisation's OpenID Connect provider. The provider vouches for who
 * someone is; which account that is, and so which table roles apply, is ours: the provider's
 * issuer and subject must have been linked to an account by its owner (Mijn account, while signed
 * in with password and code). The provider replaces the password only: our second factor is still
 * asked unless the ID token says the provider did multi-factor authentication itself ({@code amr}).
 */
class SingleSignOn implements AuthenticationSuccessHandler {

    /** Session attribute: the signed-in account that asked to link its provider account. */
    static final String LINKING_ATTRIBUTE = SingleSignOn.class.getName() + ".linking";
    /** RFC 8176 methods that count as a second factor done by the provider. */
    private static final Set<String> MULTI_FACTOR = Set.of("mfa", "otp", "hwk", "swk", "sc", "face", "fpt");

    private final SignInRepository repository;
    private final SignInCompletion completion;
    private final SecurityContextHolderStrategy contexts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;
    private final HttpSessionSecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    SingleSignOn(SignInRepository repository, SignInCompletion completion, SecurityContextHolderStrategy contexts,
            ApplicationEventPublisher events, TransactionTemplate transaction, java.time.Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.completion = completion;
        this.contexts = contexts;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        if (!(authentication.getPrincipal() instanceof OidcUser oidc)) {
            refuse(request, response, "error");
            return;
        }
        String issuer = oidc.getIssuer().toString();
        String subject = oidc.getSubject();
        var session = request.getSession();
        if (session.getAttribute(LINKING_ATTRIBUTE) instanceof Authentication linking
                && linking.getPrincipal() instanceof ZorgtafelUser user) {
            session.removeAttribute(LINKING_ATTRIBUTE);
            boolean linked = Boolean.TRUE.equals(transaction.execute(status -> repository.linkProvider(user.accountId(),
                    issuer, subject)));
            if (linked) {
                events.publishEvent(new SecurityEvents.ProviderLinked(user.accountId(), user.organisationId()));
            }
            restore(linking, request, response);
            response.sendRedirect(request.getContextPath() + "/account?" + (linked ? "gekoppeld" : "niet-gekoppeld"));
            return;
        }
        var account = transaction.execute(status -> repository.byProvider(issuer, subject)
                .filter(SignInRepository.Credentials::usable)
                .filter(c -> !c.lockedAt(clock.instant())));
        if (account == null || account.isEmpty()) {
            refuse(request, response, "sso");
            return;
        }
        var credentials = account.get();
        var pending = new PendingSignIn(credentials.accountId(), credentials.organisationId(), credentials.username(),
                credentials.enrolled(), 0);
        List<String> methods = oidc.getClaimAsStringList("amr");
        if (methods != null && methods.stream().anyMatch(MULTI_FACTOR::contains)) {
            String target = transaction.execute(status -> completion.complete(pending, authentication.getDetails(),
                    request));
            sessionContexts.saveContext(contexts.getContext(), request, response);
            response.sendRedirect(request.getContextPath() + "/" + target);
            return;
        }
        restore(new PendingSignIn.Token(pending, authentication.getDetails()), request, response);
        response.sendRedirect(request.getContextPath() + SessionGuardFilter.CODE_PATH);
    }

    private void restore(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        sessionContexts.saveContext(context, request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        contexts.clearContext();
        sessionContexts.saveContext(contexts.createEmptyContext(), request, response);
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
