package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.test.context.TestPropertySource;

/**
 * An open tab whose only sign of life is Vaadin's heartbeat does not keep a session: signed in in
 * a real browser, the browser then goes offline and a client that only sends heartbeats with the
 * session's cookie carries on; after the idle timeout (here 20 seconds) the session is gone.
 */
@TestPropertySource(properties = "zorgtafel.session.idle-timeout=20s")
class IdleSessionBrowserTest extends BrowserTestBase {

    @Test
    void heartbeats_alone_do_not_keep_a_session_signed_in() throws Exception {
        var browser = signedIn("waarnemer");
        String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        var chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", 0, "uploadThroughput", 0));

        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(heartbeats(http, cookie)).as("a heartbeat reaches a live UI at first").contains(200);

        Instant until = Instant.now().plusSeconds(35);
        while (Instant.now().isBefore(until)) {
            heartbeats(http, cookie);
            Thread.sleep(5000);
        }

        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/zittingen"))
                .header("Cookie", cookie).header("Accept", "text/html").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
    }

    /** One heartbeat per possible UI id of the session (the page's UI is one of the first few). */
    private java.util.List<Integer> heartbeats(HttpClient http, String cookie) throws Exception {
        var statuses = new java.util.ArrayList<Integer>();
        for (int ui = 0; ui < 4; ui++) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=heartbeat&v-uiId=" + ui))
                    .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(20)).build();
            statuses.add(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        return statuses;
    }
}
