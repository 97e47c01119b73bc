package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.demo.DemoSecondFactors;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.Totp;
import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.testsupport.TotpCodes;

/**
 * Signing in as people do, in a real browser: the password alone opens nothing; a new account
 * links its authenticator app and keeps its recovery codes, which sign in once; a person sees
 * where they are signed in and ends another session, which the other browser notices.
 */
class SignInBrowserTest extends BrowserTestBase {

    @Autowired
    TestData testData;

    @Test
    void the_password_alone_opens_nothing_and_the_code_opens_the_page_asked_for() throws Exception {
        var browser = Browser.open(port);
        browsers().add(browser);
        browser.go("zittingen");
        browser.passwordStep("secretaris", DEMO_PASSWORD);
        browser.find("second-factor-code");
        assertThat(browser.path()).isEqualTo("/login/code");
        assertThat(browser.present("main-navigation")).isFalse();

        browser.go("casussen");
        assertThat(browser.path()).isEqualTo("/login/code");
        assertThat(browser.pageText()).doesNotContain("Casussen");

        browser.codeStep("000000");
        browser.waitForPageText("Deze code klopt niet");
        assertThat(browser.present("main-navigation")).isFalse();

        browser.codeStep(TotpCodes.next(DemoSecondFactors.SECRETS.get("secretaris")));
        browser.find("main-navigation");
        assertThat(browser.path()).isEqualTo("/casussen");
    }

    @Test
    void a_new_account_links_its_app_keeps_recovery_codes_and_signs_in_with_one_once() throws Exception {
        String username = testData.account("Noor Nieuw", testData.organisation(TestData.unique("Org"),
                OrganisationType.GGZ), false, Map.of());
        var browser = Browser.open(port);
        browsers().add(browser);
        browser.go("login");
        browser.passwordStep(username, TestData.PASSWORD);

        String secret = browser.text("second-factor-key").replace(" ", "");
        assertThat(browser.driver().findElement(By.cssSelector(".qr-code svg")).getAttribute("aria-label"))
                .contains("QR-code");
        browser.codeStep(Totp.code(secret, Totp.step(Instant.now())));
        browser.find("recovery-codes");
        List<String> codes = browser.all("#recovery-codes li").stream().map(e -> e.getText().strip()).toList();
        assertThat(codes).hasSize(10);
        assertThat(browser.find("recovery-codes-next").getAttribute("disabled")).isNotNull();
        browser.click("recovery-codes-stored");
        browser.click("recovery-codes-next");
        browser.find("main-navigation");

        browser.driver().manage().deleteAllCookies();
        browser.go("login");
        browser.passwordStep(username, TestData.PASSWORD);
        browser.click("second-factor-use-recovery");
        browser.type("second-factor-recovery", codes.get(0));
        browser.click("second-factor-confirm");
        browser.find("main-navigation");

        browser.driver().manage().deleteAllCookies();
        browser.go("login");
        browser.passwordStep(username, TestData.PASSWORD);
        browser.click("second-factor-use-recovery");
        browser.type("second-factor-recovery", codes.get(0));
        browser.click("second-factor-confirm");
        browser.waitForPageText("al gebruikt");
        assertThat(browser.present("main-navigation")).isFalse();
    }

    @Test
    void a_person_ends_another_session_and_that_browser_must_sign_in_again() throws Exception {
        var laptop = signedIn("gemeente");
        var phone = signedIn("gemeente");
        laptop.go("account");
        laptop.waitForPageText("Deze sessie");
        var endButtons = laptop.all("#my-sessions vaadin-button[id^=end-session-]");
        assertThat(endButtons).isNotEmpty();
        String otherId = phone.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(otherId).isNotEqualTo(laptop.driver().manage().getCookieNamed("JSESSIONID").getValue());
        // End every other session of this account (earlier tests may have left some open).
        while (!laptop.all("#my-sessions vaadin-button[id^=end-session-]").isEmpty()) {
            laptop.press(laptop.all("#my-sessions vaadin-button[id^=end-session-]").get(0));
            laptop.confirm();
        }
        phone.go("zittingen");
        assertThat(phone.path()).startsWith("/login");
        assertThat(phone.present("main-navigation")).isFalse();
        laptop.go("zittingen");
        // Waits for the page to be drawn (on a busy machine it may still be blank when loaded).
        assertThat(laptop.find("main-navigation").isDisplayed()).isTrue();
    }
}
