package nl.zorgtafel.testsupport;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser reduced to what the server sees of one (issue 18's load test): its cookies, the login
 * form's post, and pages (Vaadin UIs) opened with {@code v-r=init}, each a
 * {@link ProtocolPage}. No JavaScript runs; the client speaks the Vaadin protocol itself, with
 * every check of the server (the UI's CSRF token, sync and client ids) left on.
 */
public final class ProtocolBrowser {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String base;

    public ProtocolBrowser(int port, Executor executor) {
        this.base = "http://localhost:" + port + "/";
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpClient http() {
        return http;
    }

    String base() {
        return base;
    }

    /**
     * Signs in as people do: the login form's post with the password, then the code of the
     * authenticator app typed on the code page and confirmed. The login page itself is not fetched:
     * it is the one page not served by the UIDL protocol, and in production mode on the test class
     * path (without the frontend bundle) it cannot be; the server asks no CSRF token of the form.
     */
    public void signIn(String username, String password, String totpSecret) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var posted = http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String next = posted.headers().firstValue("Location").orElse("");
        // On to the code page (directly, or through the page asked for first): not back to the login form.
        if (posted.statusCode() != 302 || next.contains("login?")) {
            throw new IllegalStateException("Password step refused for a load account: " + posted.statusCode() + " " + next);
        }
        var codePage = open("login/code");
        codePage.type("second-factor-code", TotpCodes.next(totpSecret));
        codePage.click("second-factor-confirm");
        var home = open("");
        if (home.has("login-form") || home.has("second-factor-code")) {
            throw new IllegalStateException("Second factor refused for a load account");
        }
        home.close();
    }

    /** Opens a page as a new tab would: a new UI, its first navigation done. */
    public ProtocolPage open(String location) throws Exception {
        String query = "?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8)
                + "&query=&v-sw=1280&v-sh=720&v-ww=1280&v-wh=720&v-bw=1280&v-bh=720&v-tzo=-60&v-rtzo=-60&v-dstd=60"
                + "&v-dston=false&v-tzid=Europe%2FAmsterdam&v-curdate=" + System.currentTimeMillis() + "&v-td=false";
        var response = http.send(HttpRequest.newBuilder(URI.create(base + query)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Page could not be opened: HTTP " + response.statusCode());
        }
        JsonNode config = JSON.readTree(response.body()).path("appConfig");
        var page = new ProtocolPage(this, config.path("v-uiId").asInt(), config.path("uidl"));
        page.navigate(location);
        return page;
    }
}
