package nl.zorgtafel.audit;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.ServletContext;

/**
 * A requested address as the audit log may keep it. Ids and the application's own address words
 * stay; every other segment becomes {@code *}, because it is whatever someone typed (a name, a
 * calendar token), and the log never holds names or secrets. The words are those of Vaadin's
 * routes plus the few addresses served outside Vaadin. The query is never kept.
 */
@Component
class AuditedPaths {

    /** Addresses outside Vaadin's routes: SecurityConfiguration's matchers and the controllers. */
    private static final Set<String> OTHER_WORDS = Set.of("VAADIN", "download", "verslag", "brief", "kalender",
            "actuator", "health", "styles", "images", "login", "logout");
    private static final Pattern ID = Pattern.compile("\\d{1,19}");

    private final ServletContext servletContext;

    AuditedPaths(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    String of(String path) {
        Set<String> words = words();
        String kept = Arrays.stream(path.split("\\?", 2)[0].split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(segment -> ID.matcher(segment).matches() || words.contains(segment) ? segment : "*")
                .collect(Collectors.joining("/"));
        return "/" + kept;
    }

    private Set<String> words() {
        VaadinService service = VaadinService.getCurrent();
        VaadinContext context = service != null ? service.getContext() : new VaadinServletContext(servletContext);
        return Stream.concat(OTHER_WORDS.stream(), ApplicationRouteRegistry.getInstance(context).getRegisteredRoutes()
                        .stream().flatMap(route -> Arrays.stream(route.getTemplate().split("/")))
                        .filter(word -> !word.isEmpty() && !word.startsWith(":")))
                .collect(Collectors.toSet());
    }
}
