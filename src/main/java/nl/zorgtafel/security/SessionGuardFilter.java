package nl.zorgtafel.security;

import java.io.IOException;
import java.util.Set;

import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs after the security context is loaded, on every request but static files: a session
 * that was ended (by its person, a deactivation, a reset) or passed the absolute timeout is
 * invalidated; someone between password and second factor is sent to the code page from any
 * page they open.
 */
class SessionGuardFilter extends OncePerRequestFilter {

    static final String CODE_PATH = "/login/code";
    /** The page asked for before the second factor, opened once it is given. */
    static final String TARGET_ATTRIBUTE = SessionGuardFilter.class.getName() + ".target";
    private static final Set<String> PENDING_PAGES = Set.of("/login", CODE_PATH, "/logout");
    private static final Set<String> STATIC_PREFIXES = Set.of("/VAADIN/", "/styles/", "/images/", "/fonts/");

    private final AccountSessions sessions;
    private final SecurityContextHolderStrategy contexts;

    SessionGuardFilter(AccountSessions sessions, SecurityContextHolderStrategy contexts) {
        this.sessions = sessions;
        this.contexts = contexts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(AccountSessions.KEY_ATTRIBUTE) instanceof String key
                && !sessions.stillValid(key, !"heartbeat".equals(request.getParameter("v-r")))) {
            session.invalidate();
            contexts.clearContext();
            if (isPageRequest(request)) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        if (contexts.getContext().getAuthentication() instanceof PendingSignIn.Token && isPageRequest(request)
                && !PENDING_PAGES.contains(request.getServletPath())) {
            request.getSession().setAttribute(TARGET_ATTRIBUTE, request.getServletPath());
            response.sendRedirect(request.getContextPath() + CODE_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A page the browser opens (not a Vaadin message, a stylesheet or a download). */
    private static boolean isPageRequest(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && accept != null && accept.contains("text/html")
                && !request.getServletPath().startsWith("/download/");
    }
}
