package nl.zorgtafel.testsupport;

import java.security.Principal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import kotlin.jvm.functions.Function0;

/**
 * Base of browserless UI tests: a mocked Vaadin on the real Spring context. Vaadin asks the
 * request for the principal and roles, which Spring Security's filters fill in production; here
 * the fake request answers from the {@link SecurityContextHolder} that {@link #login} sets.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("nl.zorgtafel");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected TestData testData;
    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                return authentication == null || authentication instanceof AnonymousAuthenticationToken
                        ? null : authentication;
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                return authentication != null && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the account, as the login form would, and opens the home page. */
    protected void login(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        UI.getCurrent().navigate("");
    }
}
