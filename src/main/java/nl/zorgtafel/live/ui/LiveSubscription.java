package nl.zorgtafel.live.ui;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import nl.zorgtafel.live.LiveBroker;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.security.TableMembership;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * One page listening to one session. Each update is fetched as the person signed in to that
 * browser now (read from the HTTP session, which a table switch or sign-out changes), and only
 * while they still work at the session's table; otherwise the page stops listening.
 */
final class LiveSubscription {

    private final LiveBroker broker;
    private final SystemTasks system;
    private Registration registration;

    LiveSubscription(LiveBroker broker, SystemTasks system) {
        this.broker = broker;
        this.system = system;
    }

    void start(UI ui, long meetingId, ZorgtafelUser user, boolean leads, Runnable refresh) {
        stop();
        long table = user.currentMembership().map(TableMembership::tableId).orElse(-1L);
        registration = broker.subscribe(meetingId, new LiveBroker.Subscriber(user.personId(), user.organisationId(), leads,
                change -> ui.access(() -> {
                    ZorgtafelUser viewer = signedIn(ui);
                    if (viewer == null
                            || viewer.currentMembership().map(TableMembership::tableId).orElse(-1L) != table) {
                        stop();
                        return;
                    }
                    system.as(viewer, () -> {
                        refresh.run();
                        return null;
                    });
                })));
    }

    boolean listening() {
        return registration != null;
    }

    void stop() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private static ZorgtafelUser signedIn(UI ui) {
        var httpSession = ui.getSession() == null ? null : ui.getSession().getSession();
        Object stored = httpSession == null ? null
                : httpSession.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (stored instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof ZorgtafelUser person) {
            return person;
        }
        return null;
    }
}
