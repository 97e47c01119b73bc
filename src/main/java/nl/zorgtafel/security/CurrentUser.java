package nl.zorgtafel.security;

import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The signed-in person and their current table, read from the Spring Security context. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<ZorgtafelUser> get() {
        return authenticationContext.getAuthenticatedUser(ZorgtafelUser.class);
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
        replace(require().withCurrentTable(tableId));
    }

    /** Signs the user out of the HTTP session and invalidates it. */
    public void logout() {
        authenticationContext.logout();
    }

    void replace(ZorgtafelUser user) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        // Also store it in the HTTP session: the change must outlive this request, also over push.
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
