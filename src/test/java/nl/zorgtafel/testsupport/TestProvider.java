package nl.zorgtafel.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.nimbusds.jose.JOSEObjectType;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider for a test (mock-oauth2-server), registered as the
 * organisation's provider {@code organisatie}. Start it before the Spring context (its address is
 * looked up at start-up) and stop it after the test class.
 */
public final class TestProvider {

    private final MockOAuth2Server server = new MockOAuth2Server();
    private final String issuerId;

    public TestProvider(String issuerId) {
        this.issuerId = issuerId;
        server.start();
    }

    public void register(DynamicPropertyRegistry registry, String clientName) {
        String prefix = "spring.security.oauth2.client.registration.organisatie.";
        registry.add(prefix + "client-id", () -> "zorgtafel");
        registry.add(prefix + "client-secret", () -> "test-secret");
        registry.add(prefix + "scope", () -> "openid,profile");
        registry.add(prefix + "client-name", () -> clientName);
        registry.add("spring.security.oauth2.client.provider.organisatie.issuer-uri", this::issuer);
    }

    public String issuer() {
        return server.issuerUrl(issuerId).toString();
    }

    /** The provider's next sign-in is this subject, with these authentication methods ({@code amr}). */
    public void nextSignIn(String subject, List<String> methods) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, JOSEObjectType.JWT.getType(),
                null, Map.of("amr", methods), 3600));
    }

    public void stop() {
        server.shutdown();
    }
}
