package nl.zorgtafel.security;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.testsupport.TestProvider;
import nl.zorgtafel.base.db.SealedText;

/**
 * Single sign-on against a real OpenID Connect provider running in the test (mock-oauth2-server),
 * over real HTTP: an unlinked provider account opens nothing; a linked one still needs our code
 * unless the ID token says the provider did multi-factor authentication; roles stay ours.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnTest {

    private static final TestProvider PROVIDER = new TestProvider("org");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.register(registry, "Voorbeeldorganisatie");
    }

    @AfterAll
    static void stop() {
        PROVIDER.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;

    @Test
    void an_unlinked_provider_account_opens_nothing() throws Exception {
        var browser = new Client();
        assertThat(browser.signInAtProvider(TestData.unique("onbekend"), List.of("pwd"))).isEqualTo("/login?sso");
        assertThat(browser.open("/zittingen")).startsWith("/login");
    }

    @Test
    void a_linked_account_still_gives_our_code_when_the_provider_asked_only_a_password() throws Exception {
        String subject = linkedAccount();
        var browser = new Client();
        assertThat(browser.signInAtProvider(subject, List.of("pwd"))).isEqualTo("/login/code");
        assertThat(browser.open("/zittingen")).isEqualTo("/login/code");
    }

    @Test
    void a_linked_account_signs_in_when_the_provider_did_multi_factor_and_keeps_its_roles() throws Exception {
        String subject = linkedAccount();
        var browser = new Client();
        assertThat(browser.signInAtProvider(subject, List.of("pwd", "mfa"))).isEqualTo("/");
        assertThat(browser.open("/zittingen")).isEqualTo("200");
        long account = dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.OIDC_SUBJECT.eq(subject)).fetchSingle().value1();
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.LOGIN_SUCCEEDED)
                .and(AUDIT_ENTRY.ACTOR_ACCOUNT_ID.eq(account)))).isOne();
    }

    private String linkedAccount() {
        long table = testData.table(TestData.unique("Tafel"));
        String username = testData.account("Sanne Sso", testData.organisation(TestData.unique("Org"),
                OrganisationType.JEUGDHULP), false, Map.of(table, TableRole.LID));
        String subject = TestData.unique("sub");
        dsl.update(ACCOUNT).set(ACCOUNT.OIDC_ISSUER, PROVIDER.issuer())
                .set(ACCOUNT.OIDC_SUBJECT, subject).set(ACCOUNT.TOTP_SECRET, new SealedText("v1:not:used"))
                .where(ACCOUNT.USERNAME.eq(username)).execute();
        return subject;
    }

    /** A browser without JavaScript: keeps cookies, follows redirects one by one. */
    private final class Client {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** Starts at the app, passes the provider, and returns where the app sends the browser then. */
        String signInAtProvider(String subject, List<String> methods) throws Exception {
            PROVIDER.nextSignIn(subject, methods);
            URI next = URI.create("http://localhost:" + port + "/oauth2/authorization/organisatie");
            for (int hop = 0; hop < 5; hop++) {
                var response = http.send(HttpRequest.newBuilder(next).header("Accept", "text/html").build(),
                        HttpResponse.BodyHandlers.discarding());
                String location = response.headers().firstValue("Location").orElseThrow();
                next = next.resolve(location);
                if (next.getPort() == port && !next.getPath().startsWith("/login/oauth2/")) {
                    return next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
                }
            }
            throw new AssertionError("No way back to the application");
        }

        /** Opens a page; the status "200" or the path it redirects to. */
        String open(String path) throws Exception {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? "200"
                    : URI.create(response.headers().firstValue("Location").orElse("")).getPath();
        }
    }
}
