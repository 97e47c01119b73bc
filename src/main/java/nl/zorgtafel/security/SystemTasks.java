package nl.zorgtafel.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Work the system does on its own, outside any user's session (seeding the demo, scheduled
 * jobs), run with administrator rights so the same method security applies as for people.
 * Audit entries written meanwhile have no actor, which marks them as the system's.
 * Uses the application's context-holder strategy bean (Vaadin installs its own), the one
 * method security reads.
 */
@Component
public class SystemTasks {

    static final String SYSTEM = "system";

    private final SecurityContextHolderStrategy contexts;

    SystemTasks(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    public <T> T asAdministrator(Supplier<T> work) {
        SecurityContext previous = contexts.getContext();
        SecurityContext system = contexts.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.BEHEERDER))));
        contexts.setContext(system);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }

    /**
     * Runs work as a given account, as if that person did it (used to seed the demo's cases
     * through the same services and audit as real use).
     */
    public <T> T as(UserDetails user, Supplier<T> work) {
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }

    public void asAdministrator(Runnable work) {
        asAdministrator(() -> {
            work.run();
            return null;
        });
    }
}
