package nl.zorgtafel.base.config;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the production profile without the public https address in
 * {@code zorgtafel.base-url}: links in mails would otherwise point to {@code http://localhost:8080}
 * (the demo's default) or travel unencrypted, one-time password links included. A bean factory
 * post-processor, so the refusal comes before any other bean, and before the database is touched
 * (such early beans get no constructor injection, hence {@link EnvironmentAware}).
 */
@Component
@Profile("mysql")
class ProductionBaseUrlCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String PROPERTY = "zorgtafel.base-url";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment.getProperty(PROPERTY));
    }

    static void check(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalStateException(PROPERTY + " is required in the mysql profile: set it (or ZORGTAFEL_BASE_URL) "
                    + "to the public https address of the application, e.g. https://zorgtafel.example.nl");
        }
        URI uri;
        try {
            uri = new URI(baseUrl.strip());
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalStateException(PROPERTY + " must be an https URL in the mysql profile (the public address "
                    + "of the application, e.g. https://zorgtafel.example.nl), not '" + baseUrl + "'");
        }
    }
}
