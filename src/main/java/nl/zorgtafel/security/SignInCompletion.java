package nl.zorgtafel.security;

import java.time.Duration;
import java.util.Locale;


import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.HttpServletRequest;

import nl.zorgtafel.base.config.ZorgtafelProperties;

/**
 * Turns a pending sign-in whose second factor was given into a signed-in person: a new session
 * id (no fixation across the two steps), the full security context, a row in the person's
 * session list, and the success event the audit log records.
 */
@Component
class SignInCompletion {

    private final AccountRepository accounts;
    private final SignInService signIns;
    private final AccountSessions sessions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    /** Without a request that is not a heartbeat for this long, the session closes. */
    private final Duration idleTimeout;

    SignInCompletion(AccountRepository accounts, SignInService signIns, AccountSessions sessions,
            CurrentUser currentUser, ApplicationEventPublisher events,
            ZorgtafelProperties properties) {
        this.idleTimeout = properties.session().idleTimeout();
        this.accounts = accounts;
        this.signIns = signIns;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** @return the page to open now (the one asked for before signing in, or the start page) */
    String complete(PendingSignIn pending, Object details) {
        return complete(pending, details, VaadinRequest.getCurrent() instanceof VaadinServletRequest vaadinRequest
                ? vaadinRequest.getHttpServletRequest() : null);
    }

    /** As {@link #complete(PendingSignIn, Object)}, for a request outside Vaadin (single sign-on). */
    String complete(PendingSignIn pending, Object details, HttpServletRequest request) {
        ZorgtafelUser user = accounts.findUser(pending.username())
                .filter(ZorgtafelUser::isEnabled)
                .orElseThrow(() -> new IllegalStateException("Account no longer usable"));
        signIns.succeeded(user.accountId());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        authentication.setDetails(details);
        String target = "";
        if (request != null) {
            request.changeSessionId();
            var session = request.getSession();
            session.setMaxInactiveInterval((int) idleTimeout.toSeconds());
            if (session.getAttribute(SessionGuardFilter.TARGET_ATTRIBUTE) instanceof String path) {
                target = path.startsWith("/") ? path.substring(1) : path;
                session.removeAttribute(SessionGuardFilter.TARGET_ATTRIBUTE);
            }
            sessions.register(user.accountId(), session, client(request.getHeader("User-Agent")),
                    details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : request.getRemoteAddr());
        }
        currentUser.store(authentication);
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
        return target;
    }

    /** Browser and system in a few words ("Chrome op Linux"), never the full agent string. */
    static String client(String userAgent) {
        if (userAgent == null) {
            return null;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        String browser = agent.contains("edg/") ? "Edge" : agent.contains("firefox/") ? "Firefox"
                : agent.contains("chrome/") || agent.contains("chromium/") ? "Chrome"
                : agent.contains("safari/") ? "Safari" : "Browser";
        String system = agent.contains("windows") ? "Windows" : agent.contains("android") ? "Android"
                : agent.contains("iphone") || agent.contains("ipad") ? "iOS" : agent.contains("mac os") ? "macOS"
                : agent.contains("linux") ? "Linux" : "?";
        return browser + " / " + system;
    }
}
