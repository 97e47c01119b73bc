package nl.zorgtafel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.LoginForm;
import nl.zorgtafel.testsupport.TestData;

/** The app on a real port, spoken to over HTTP as a browser would, without the browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpSmokeTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData testData;
    @Autowired
    AuditService audit;
    @Autowired
    AccountService accounts;
    @Autowired
    nl.zorgtafel.meeting.MeetingService meetings;
    @Autowired
    nl.zorgtafel.meeting.CalendarFeedService feeds;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page_which_loads_without_a_frontend_build()
            throws Exception {
        var home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        var login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html").contains("lang=");
    }

    @Test
    void the_stylesheet_and_the_health_check_need_no_sign_in_other_endpoints_do() throws Exception {
        assertThat(get("/styles/zorgtafel.css").body()).contains("--zt-accent");
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(get("/actuator/env").statusCode()).isIn(302, 401, 403, 404);
    }

    private HttpResponse<String> postLogin(String username, String password) throws Exception {
        return LoginForm.post(http, port, username, password);
    }

    private int entries(AuditKind kind, long accountId) {
        return testData.asAdministrator(() -> audit.countUpTo(new AuditFilter(accountId, kind, null, null, null, null), 10_000));
    }

    @Test
    void each_sign_in_attempt_writes_exactly_one_audit_entry_without_the_typed_name() throws Exception {
        String username = testData.account("Anna Audit",
                testData.organisation(TestData.unique("Org"), OrganisationType.GGZ), false, Map.of());
        long account = accounts.findIdentity(username).orElseThrow().accountId();

        postLogin(username, "verkeerd-wachtwoord");
        assertThat(entries(AuditKind.LOGIN_FAILED, account)).isEqualTo(1);
        assertThat(entries(AuditKind.LOGIN_SUCCEEDED, account)).isZero();

        // The password alone is no sign-in: that is recorded when the code is given as well.
        postLogin(username, TestData.PASSWORD);
        assertThat(entries(AuditKind.LOGIN_SUCCEEDED, account)).isZero();
        assertThat(entries(AuditKind.LOGIN_FAILED, account)).isEqualTo(1);

        // An unknown name is logged as a failed attempt by nobody; the name itself is not kept.
        int anonymousBefore = testData.asAdministrator(() -> audit.countUpTo(
                new AuditFilter(null, AuditKind.LOGIN_FAILED, null, null, null, null), 10_000));
        postLogin("jan.jansen.bestaat.niet", "whatever-it-is");
        var latest = testData.asAdministrator(() -> audit.find(
                new AuditFilter(null, AuditKind.LOGIN_FAILED, null, null, null, null), 0, 1)).getFirst();
        assertThat(latest.actorAccountId()).isNull();
        assertThat(latest.detail()).doesNotContain("jan");
        assertThat(testData.asAdministrator(() -> audit.countUpTo(
                new AuditFilter(null, AuditKind.LOGIN_FAILED, null, null, null, null), 10_000))).isEqualTo(anonymousBefore + 1);
    }

    @Test
    void a_private_calendar_feed_serves_valid_icalendar_to_its_owner_and_404_after_revocation() throws Exception {
        long table = testData.table(TestData.unique("Tafel"));
        String username = testData.account("Anna Agenda",
                testData.organisation(TestData.unique("Org"), OrganisationType.GGZ), false,
                Map.of(table, TableRole.VOORZITTER));
        testData.signIn(username);
        meetings.plan(new nl.zorgtafel.meeting.MeetingPlan(null, 0, nl.zorgtafel.meeting.MeetingKind.EXTRA,
                TestData.today().plusMonths(1), java.time.LocalTime.of(13, 0), java.time.LocalTime.of(15, 0),
                "Stadskantoor", null, null, null));
        String address = feeds.renew();
        String path = address.substring(address.indexOf("/kalender/"));

        var feed = get(path);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(feed.body()));
        assertThat(calendar.getComponents("VEVENT")).hasSize(1);
        assertThat(feed.body()).contains("Stadskantoor").contains("METHOD:PUBLISH");

        feeds.revoke();
        testData.signOut();
        assertThat(get(path).statusCode()).isEqualTo(404);
        assertThat(get("/kalender/verzonnen-token.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void the_form_post_with_the_right_password_opens_the_code_page_and_nothing_else() throws Exception {
        long table = testData.table(TestData.unique("Tafel"));
        String username = testData.account("Anna Lid",
                testData.organisation(TestData.unique("Org"), OrganisationType.JEUGDHULP), false,
                Map.of(table, TableRole.LID));
        var response = postLogin(username, TestData.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        var home = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/code"));
        assertThat(get("/login/code").statusCode()).isEqualTo(200);

        // Deny by default: an address that is no view is refused, and not echoed back.
        var unknown = get("/casus/Jan-Jansen");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.body()).doesNotContain("Jan-Jansen");
    }
}
