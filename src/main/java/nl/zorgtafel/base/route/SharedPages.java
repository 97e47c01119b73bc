package nl.zorgtafel.base.route;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouterLink;

/**
 * Pages that other features link to where importing the page's class would close a feature
 * cycle (the live meeting links to the minutes, the minutes read the live meeting's results). The
 * page declares itself by implementing one of these interfaces; a link finds the route class by
 * that type, never by a path string, so renaming a route cannot break a link.
 */
public final class SharedPages {

    /** The start page after sign-in. */
    public interface Home {
    }

    /** The live meeting of a session, by the session's id. */
    public interface LiveMeeting extends HasUrlParameter<Long> {
    }

    /** The minutes of a session, by the session's id. */
    public interface Minutes extends HasUrlParameter<Long> {
    }

    private static final Map<Class<?>, Class<? extends Component>> TARGETS = new ConcurrentHashMap<>();

    private SharedPages() {
    }

    public static RouterLink home(String text) {
        return new RouterLink(text, target(Home.class));
    }

    public static void goHome(UI ui) {
        ui.navigate(target(Home.class));
    }

    /** A link to a session's page of the given kind ({@link LiveMeeting} or {@link Minutes}). */
    public static RouterLink link(String text, Class<? extends HasUrlParameter<Long>> page, long meetingId) {
        return new RouterLink(text, sessionPage(page), meetingId);
    }

    public static void navigate(UI ui, Class<? extends HasUrlParameter<Long>> page, long meetingId) {
        ui.navigate(sessionPage(page), meetingId);
    }

    @SuppressWarnings("unchecked")
    private static <C extends Component & HasUrlParameter<Long>> Class<C> sessionPage(Class<?> page) {
        return (Class<C>) target(page);
    }

    /** The one registered route implementing the page type; refuses none or several. */
    static Class<? extends Component> target(Class<?> page) {
        return TARGETS.computeIfAbsent(page, type -> {
            var targets = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                    .map(RouteData::getNavigationTarget)
                    .filter(type::isAssignableFrom)
                    .distinct()
                    .toList();
            if (targets.size() != 1) {
                throw new IllegalStateException(
                        "Expected one route for " + type.getSimpleName() + ", found " + targets);
            }
            return targets.getFirst();
        });
    }
}
