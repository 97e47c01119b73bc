package nl.zorgtafel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.TestData;

/** The app on a real port, spoken to over HTTP as a browser would, without the browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpSmokeTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData testData;

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

    @Test
    void signing_in_with_the_form_post_opens_the_app() throws Exception {
        long table = testData.table(TestData.unique("Tafel"));
        String username = testData.account("Anna Lid",
                testData.organisation(TestData.unique("Org"), OrganisationType.JEUGDHULP), false,
                Map.of(table, TableRole.LID));
        get("/login");

        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(get("/").statusCode()).isEqualTo(200);

        // Deny by default: an address that is no view is refused, and not echoed back.
        var unknown = get("/casus/Jan-Jansen");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.body()).doesNotContain("Jan-Jansen");
    }
}
