package nl.zorgtafel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.zorgtafel.demo.DemoSecondFactors;
import nl.zorgtafel.testsupport.TestProvider;
import nl.zorgtafel.testsupport.TotpCodes;

/**
 * Single sign-on as a person meets it, in a real browser against a real OpenID Connect provider
 * (mock-oauth2-server): signed in with password and code, the person links their organisation's
 * account under Mijn account; later they sign in through the organisation, give our code (the
 * provider asked only a password) and work with their own roles.
 */
class SingleSignOnBrowserTest extends BrowserTestBase {

    private static final TestProvider PROVIDER = new TestProvider("politie");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.register(registry, "Politie-account");
    }

    @AfterAll
    static void stop() {
        PROVIDER.stop();
    }

    /** The provider's next sign-in is Pieter's account there (the provider asked a password only). */
    private static void asPieterAtTheProvider() {
        PROVIDER.nextSignIn("p.politie@politie.example", List.of("pwd"));
    }

    @Test
    void a_person_links_the_organisation_account_and_signs_in_with_it_and_our_code() throws Exception {
        var linking = signedIn("politie");
        linking.go("account");
        asPieterAtTheProvider();
        linking.click("account-sso-link");
        linking.waitForPageText("Je account bij je organisatie is gekoppeld");
        assertThat(linking.path()).startsWith("/account");

        var browser = Browser.open(port);
        browsers().add(browser);
        browser.go("login");
        asPieterAtTheProvider();
        browser.click("login-sso");
        browser.codeStep(TotpCodes.next(DemoSecondFactors.SECRETS.get("politie")));
        browser.find("main-navigation");
        assertThat(browser.pageText()).contains("Pieter Politie");

        // Unlinked again, the provider's account opens nothing.
        linking.go("account");
        linking.click("account-sso-unlink");
        linking.waitForPageText("Koppelen met Politie-account");
        var third = Browser.open(port);
        browsers().add(third);
        third.go("login");
        asPieterAtTheProvider();
        third.click("login-sso");
        third.waitForPageText("nog niet gekoppeld");
        assertThat(third.present("main-navigation")).isFalse();
    }
}
