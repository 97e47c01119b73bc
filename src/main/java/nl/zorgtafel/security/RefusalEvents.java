package nl.zorgtafel.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

/**
 * Makes Spring Security publish its refusals as {@code AuthorizationDeniedEvent}s, which the audit
 * log records. Method security ({@code @RolesAllowed} on services) publishes nothing unless such a
 * bean exists; the HTTP {@code AuthorizationFilter} uses the same bean. Only refusals are published,
 * not every granted call.
 */
@Configuration(proxyBeanMethods = false)
class RefusalEvents {

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }
}
