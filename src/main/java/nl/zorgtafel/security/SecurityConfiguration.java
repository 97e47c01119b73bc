package nl.zorgtafel.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import nl.zorgtafel.security.ui.LoginView;

/**
 * Web security (login form, Vaadin views) plus method security: service methods carry
 * {@code @RolesAllowed}/{@code @PermitAll}, checked on every call whatever the caller
 * ({@link ServiceMethodSecurity}; Spring's pre/post annotations are not used).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfiguration {

    private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountSessions sessions,
            SecurityContextHolderStrategy contexts, ObjectProvider<ClientRegistrationRepository> providers,
            SignInRepository signIns, SignInCompletion completion, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // The app's own stylesheet and images are needed on the login page too.
                .requestMatchers("/styles/**", "/images/**", "/actuator/health", "/actuator/health/**")
                .permitAll()
                // Exposed only on the management port (mysql profile), which the load balancer never reaches.
                .requestMatchers("/actuator/prometheus").permitAll()
                // Calendar clients cannot sign in: the secret token in the address is the credential.
                .requestMatchers("/kalender/*.ics").permitAll()
                // Document downloads: signed in; the service checks access again for each file.
                .requestMatchers("/download/**").authenticated());
        // Ended sessions end here; a password without its second factor opens only the code page.
        http.addFilterBefore(new SessionGuardFilter(sessions, contexts), AnonymousAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        http.headers(SecurityHeaders::configure);
        // Single sign-on only when an organisation's OpenID Connect provider is configured.
        if (providers.getIfAvailable() != null) {
            var singleSignOn = new SingleSignOn(signIns, completion, contexts, events, transaction, clock);
            http.oauth2Login(oauth -> oauth.loginPage("/login").successHandler(singleSignOn)
                    .failureUrl("/login?sso"));
        }
        return http.build();
    }

    /** Tells the application when an HTTP session ends (idle timeout), to close its session row. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Delegating encoder: stored hashes say which algorithm made them. New hashes are PBKDF2
     * (bcrypt reads only the first 72 bytes, and passwords may be 128 characters); bcrypt hashes
     * of before still match and are replaced at the next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = new java.util.HashMap<String, PasswordEncoder>();
        encoders.put(PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(PBKDF2, encoders);
    }
}
