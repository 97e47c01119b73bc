package nl.zorgtafel.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers every response carries, added to Spring Security's defaults
 * ({@code X-Content-Type-Options: nosniff}; {@code Cache-Control: no-cache, no-store, …} unless the
 * response sets its own, as Vaadin's static files do; HSTS on requests that arrived over TLS,
 * which behind the proxy needs {@code server.forward-headers-strategy=native}).
 * See docs/decisions.md, "Security headers", for why the policy allows what it allows.
 */
final class SecurityHeaders {

    /**
     * As tight as Vaadin Flow 25.2 works with, found by signing in and walking the screens in
     * Chromium with each source taken away in turn: the client engine starts from inline scripts
     * and runs the server's {@code executeJs} snippets as constructed functions ('unsafe-inline',
     * 'unsafe-eval'; without either the login form does not even appear); components set inline
     * styles ('unsafe-inline'); Lumo's icon fonts are {@code data:} URLs, and Vaadin's component
     * styles (and the development toolbar) draw icons as {@code data:} SVG mask images. No
     * {@code blob:}. Nothing comes from another origin, and {@code connect-src 'self'} also covers
     * the push websocket on the same host (CSP level 3).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Powerful browser features the app never uses, switched off for it and for anything it embeds. */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()",
            "hid=()", "midi=()", "display-capture=()", "screen-wake-lock=()",
            "accelerometer=()", "gyroscope=()", "magnetometer=()");

    /**
     * Spring writes headers when the response commits, but Vaadin's pages reach its servlet through
     * a named-dispatcher forward (Vaadin Spring's {@code ServletForwardingController}) that commits
     * the response unseen: the login page and every view went out without them. So they are
     * written before the request is handled; a response that sets its own {@code Cache-Control}
     * (Vaadin's static files, the PDF downloads) still replaces Spring's.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_BEFORE_THE_REQUEST_IS_HANDLED =
            new ObjectPostProcessor<>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            };

    private SecurityHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .addObjectPostProcessor(WRITE_BEFORE_THE_REQUEST_IS_HANDLED);
    }
}
