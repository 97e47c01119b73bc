package nl.zorgtafel.e2e;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browser tests against the demo on a real port: each person signs in in their own headless
 * Chromium; all are closed after the test, photographed first if it failed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ExtendWith(ScreenshotOnFailure.class)
abstract class BrowserTestBase implements ScreenshotOnFailure.WithBrowsers {

    static final String DEMO_PASSWORD = "demo-zorgtafel";

    @LocalServerPort
    int port;

    private final List<Browser> browsers = new ArrayList<>();

    @Override
    public List<Browser> browsers() {
        return browsers;
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    /** A new browser, signed in as this demo account. */
    Browser signedIn(String username) throws Exception {
        var browser = Browser.open(port);
        browsers.add(browser);
        return browser.signIn(username, DEMO_PASSWORD);
    }
}
