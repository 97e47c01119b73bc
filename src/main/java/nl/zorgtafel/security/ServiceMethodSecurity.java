package nl.zorgtafel.security;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.function.SingletonSupplier;

import com.vaadin.flow.component.Component;

/**
 * {@code @RolesAllowed}/{@code @PermitAll}/{@code @DenyAll} on services, checked on every call
 * whoever the caller (refusals published for the audit log), as Spring's own JSR-250 support does,
 * but not on Vaadin components: views and layouts carry the same annotations for Vaadin's
 * navigation access control, which the router checks before it makes a view. Spring's support
 * would also wrap every view instance in a proxy, and deciding that anew on each navigation took a
 * fifth of a view change's server CPU (issue 18's load test).
 */
@Configuration(proxyBeanMethods = false)
class ServiceMethodSecurity {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250ServiceAuthorization(ObjectProvider<AuthorizationEventPublisher> refusals,
            ObjectProvider<SecurityContextHolderStrategy> contexts) {
        var standard = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        var notUi = new ComposablePointcut(type -> !Component.class.isAssignableFrom(type))
                .intersection(standard.getPointcut());
        // Made at the first call, as Spring's own is: the publisher and this context's holder strategy
        // (not the static one, which another application context may have replaced) exist by then.
        var interceptor = SingletonSupplier.of(() -> {
            var made = new AuthorizationManagerBeforeMethodInterceptor(notUi, new Jsr250AuthorizationManager());
            refusals.ifAvailable(made::setAuthorizationEventPublisher);
            contexts.ifAvailable(made::setSecurityContextHolderStrategy);
            return made;
        });
        var advisor = new DefaultPointcutAdvisor(notUi, (MethodInterceptor) call -> interceptor.obtain().invoke(call));
        advisor.setOrder(standard.getOrder());
        return advisor;
    }
}
