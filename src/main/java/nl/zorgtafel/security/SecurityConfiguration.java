package nl.zorgtafel.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import nl.zorgtafel.security.ui.LoginView;

/**
 * Web security (login form, Vaadin views) plus method security: service methods carry
 * {@code @RolesAllowed}/{@code @PermitAll}, checked on every call whatever the caller.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // The app's own stylesheet and images are needed on the login page too.
                .requestMatchers("/styles/**", "/images/**", "/actuator/health", "/actuator/health/**")
                .permitAll()
                // Calendar clients cannot sign in: the secret token in the address is the credential.
                .requestMatchers("/kalender/*.ics").permitAll()
                // Document downloads: signed in; the service checks access again for each file.
                .requestMatchers("/download/**").authenticated());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        http.headers(SecurityHeaders::configure);
        return http.build();
    }

    /** Delegating encoder: bcrypt today, and stored hashes say which algorithm made them. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
