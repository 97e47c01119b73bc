package nl.zorgtafel.testsupport;

import java.security.Principal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;

import kotlin.jvm.functions.Function0;

/**
 * Base of browserless UI tests: a mocked Vaadin on the real Spring context. Vaadin asks the
 * request for the principal and roles, which Spring Security's filters fill in production; here
 * the fake request answers from the security context that {@link #login} sets.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected TestData testData;
    @Autowired
    private UserDetailsService userDetailsService;
    /** Vaadin installs its own context-holder strategy per application context; use that one. */
    @Autowired
    protected SecurityContextHolderStrategy contexts;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                Authentication authentication = contexts.getContext().getAuthentication();
                return authentication == null || authentication instanceof AnonymousAuthenticationToken
                        ? null : authentication;
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication authentication = contexts.getContext().getAuthentication();
                return authentication != null && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /**
     * Stores the sign-in in this browser's HTTP session, as Spring Security does between
     * requests; live pages read it there when a push arrives. Once stored, Vaadin's context-holder
     * strategy answers from it while this browser is the current one.
     */
    protected void rememberSignInForPush() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session != null && contexts.getContext().getAuthentication() != null) {
            session.getSession().setAttribute(
                    org.springframework.security.web.context.HttpSessionSecurityContextRepository
                            .SPRING_SECURITY_CONTEXT_KEY, contexts.getContext());
        }
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        contexts.clearContext();
    }

    /**
     * Karibu's own discovery skips package-private views, which the house style prefers; so add
     * every {@code @Route} class found the way Spring finds components.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("nl.zorgtafel");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("nl.zorgtafel")) {
            routes.getRoutes().add((Class<? extends Component>) ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), KaribuTest.class.getClassLoader()));
        }
        return routes;
    }

    /**
     * What a browser reload does: a new UI in a new session, same signed-in user. Needed after
     * actions that reload the page (table or language switch), which a mocked UI cannot do.
     */
    protected void reload(String location) {
        var signedIn = contexts.getContext();
        MockVaadin.tearDown();
        contexts.setContext(signedIn);
        setUpVaadin();
        UI.getCurrent().navigate(location);
    }

    /**
     * A second browser: signs the account in and opens a new mocked session and UI beside the
     * current ones (which stay alive), for tests of push between sessions. Switch between them
     * with {@link #switchTo}.
     */
    protected UI openAnotherBrowser(String username) {
        authenticate(username);
        setUpVaadin();
        rememberSignInForPush();
        return UI.getCurrent();
    }

    /** Makes an earlier opened UI the current one again, signed in as its account. */
    protected void switchTo(UI ui, String username) {
        authenticate(username);
        UI.setCurrent(ui);
        com.vaadin.flow.server.VaadinSession.setCurrent(ui.getSession());
    }

    private void authenticate(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        // A new context object per sign-in: an earlier browser's HTTP session keeps its own.
        var signedIn = contexts.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(signedIn);
    }

    /** Signs in as the account, as the login form would, and opens the home page in a fresh page. */
    protected void login(String username) {
        authenticate(username);
        reload("");
    }
}
