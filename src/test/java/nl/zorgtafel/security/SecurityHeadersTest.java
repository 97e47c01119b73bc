package nl.zorgtafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.testsupport.LoginForm;
import nl.zorgtafel.testsupport.TestData;

/** The headers every response carries, read over real HTTP as a browser receives them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData testData;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn() throws Exception {
        long table = testData.table(TestData.unique("Tafel"));
        String username = testData.account("Hanna Header",
                testData.organisation(TestData.unique("Org"), OrganisationType.GGZ), false,
                Map.of(table, TableRole.LID));
        assertThat(LoginForm.post(http, port, username, TestData.PASSWORD).statusCode()).isEqualTo(302);
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(response.uri().toString())
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'",
                        "base-uri 'self'", "connect-src 'self'")
                .doesNotContain("http:", "https:", "*");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow())
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
    }

    private static void assertNotStored(HttpResponse<?> response) {
        assertThat(response.headers().allValues("Cache-Control")).as(response.uri().toString())
                .anySatisfy(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void the_login_page_carries_the_security_headers_and_is_not_stored() throws Exception {
        var login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login);
        assertNotStored(login);
    }

    @Test
    void a_vaadin_page_after_the_password_carries_them_and_is_not_stored() throws Exception {
        // Over plain HTTP only the password step can be taken; the code page is a Vaadin page like
        // any other (the browser tests walk the pages after the code).
        signIn();

        var code = get("/login/code");
        assertThat(code.statusCode()).isEqualTo(200);
        assertThat(code.body()).contains("<html");
        assertSecurityHeaders(code);
        assertNotStored(code);

        var cases = get("/casussen", "Accept", "text/html");
        assertThat(cases.statusCode()).isEqualTo(302);
        assertSecurityHeaders(cases);
        assertNotStored(cases);
    }

    @Test
    void static_files_carry_them_too() throws Exception {
        var stylesheet = get("/styles/zorgtafel.css");
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertSecurityHeaders(stylesheet);

        // Vaadin's own script bundle, as the bootstrap page names it; it may be cached.
        var script = Pattern.compile("src=\"(/?VAADIN/[^\"]+)\"").matcher(get("/login").body());
        assertThat(script.find()).isTrue();
        var bundle = get("/" + script.group(1).replaceFirst("^/", ""));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertSecurityHeaders(bundle);
    }

    @Test
    void a_download_address_carries_them_whether_refused_or_not_signed_in() throws Exception {
        var anonymous = get("/download/verslag/1/1/intern.pdf");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertSecurityHeaders(anonymous);
        assertNotStored(anonymous);

        signIn();
        // A session of another table (or none): refused by the service, still with every header.
        var refused = get("/download/verslag/999999/1/intern.pdf");
        assertThat(refused.statusCode()).isBetween(400, 499);
        assertSecurityHeaders(refused);
        assertNotStored(refused);
    }

    @Test
    void hsts_is_sent_when_the_proxy_says_the_request_came_over_tls() throws Exception {
        assertThat(get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();

        var overTls = get("/login", "X-Forwarded-Proto", "https");

        assertThat(overTls.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000").contains("includeSubDomains");
        assertSecurityHeaders(overTls);
    }
}
