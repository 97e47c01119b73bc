package nl.zorgtafel.security;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The signed-in person and their current table, read from the Spring Security context. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;
    private final SecurityContextHolderStrategy contexts;
    private final ApplicationEventPublisher events;

    CurrentUser(AuthenticationContext authenticationContext, SecurityContextHolderStrategy contexts,
            ApplicationEventPublisher events) {
        this.authenticationContext = authenticationContext;
        this.contexts = contexts;
        this.events = events;
    }

    /** The signed-in person; empty when nobody is, or when the system itself is at work. */
    public Optional<ZorgtafelUser> get() {
        var authentication = contexts.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ZorgtafelUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** True while {@link SystemTasks} runs work as the system itself. */
    public boolean isSystem() {
        var authentication = contexts.getContext().getAuthentication();
        return authentication != null && SystemTasks.SYSTEM.equals(authentication.getPrincipal());
    }

    /** @throws IllegalStateException when nobody is signed in (a bug: views are secured) */
    public ZorgtafelUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /**
     * Makes {@code tableId} the current table; the roles of that table apply from the next
     * navigation on. Refused when the person has no role there.
     */
    public void switchTable(long tableId) {
        ZorgtafelUser switched = require().withCurrentTable(tableId);
        replace(switched);
        events.publishEvent(new SecurityEvents.TableSwitched(switched.accountId(), switched.organisationId(), tableId));
    }

    /** Signs the user out of the HTTP session and invalidates it. */
    public void logout() {
        get().ifPresent(user -> events.publishEvent(new SecurityEvents.LoggedOut(user.accountId(),
                user.organisationId(), user.currentMembership().map(TableMembership::tableId).orElse(null))));
        authenticationContext.logout();
    }

    void replace(ZorgtafelUser user) {
        store(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Puts the authentication in the security context of this thread and of the HTTP session. */
    void store(Authentication authentication) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        // Also store it in the HTTP session: the change must outlive this request, also over push.
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
