package nl.zorgtafel.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The login form's post over plain HTTP, as the browser sends it: the login page first (for the
 * session cookie), then username and password. Over HTTP only this password step can be taken;
 * the code is typed into a Vaadin page (the browser tests do that).
 */
public final class LoginForm {

    private LoginForm() {
    }

    public static HttpResponse<String> post(HttpClient http, int port, String username, String password)
            throws Exception {
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
