package nl.zorgtafel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.LoginForm;
import nl.zorgtafel.testsupport.TestData;

/**
 * Refusals by the HTTP filter over real HTTP: each is one entry, and nothing typed into an address
 * is kept. (A view refused by Vaadin is refused in the browser's later request, after the page has
 * loaded: {@link RefusalAuditTest} covers it.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefusalAuditHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData testData;
    @Autowired
    AuditService audit;
    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String username) throws Exception {
        assertThat(LoginForm.post(http, port, username, TestData.PASSWORD).statusCode()).isEqualTo(302);
    }

    private List<AuditEntry> refusals(Long accountId) {
        return testData.asAdministrator(() -> audit.find(
                new AuditFilter(accountId, AuditKind.ACCESS_DENIED, null, null, null, null), 0, 50));
    }

    private int anonymousRefusals() {
        return (int) refusals(null).stream().filter(entry -> entry.actorAccountId() == null).count();
    }

    @Test
    void an_address_that_is_no_page_writes_one_entry_without_what_was_typed() throws Exception {
        long table = testData.table(TestData.unique("Tafel"));
        String member = testData.account("Lotte Lid",
                testData.organisation(TestData.unique("Org"), OrganisationType.JEUGDHULP), false,
                Map.of(table, TableRole.LID));
        long account = accounts.findIdentity(member).orElseThrow().accountId();
        signIn(member);

        var refused = get("/casus/Jan-Jansen?bsn=123456782");

        assertThat(refused.statusCode()).isEqualTo(403);
        // Over plain HTTP only the password step can be taken (the code is typed into a Vaadin
        // page): the refusal is recorded for the account, and says the code was not given yet.
        assertThat(refusals(account)).singleElement().satisfies(entry -> {
            assertThat(entry.detail()).isEqualTo("GET /casus/* (before the code)");
            assertThat(entry.clientAddress()).isNotBlank();
        });
    }

    @Test
    void visits_before_signing_in_are_sent_to_the_login_page_and_not_audited() throws Exception {
        int before = anonymousRefusals();

        assertThat(get("/casus/12").statusCode()).isEqualTo(302);
        assertThat(get("/beheer").statusCode()).isEqualTo(302);
        assertThat(get("/actuator/env").statusCode()).isIn(302, 401);

        assertThat(anonymousRefusals()).isEqualTo(before);
    }
}
