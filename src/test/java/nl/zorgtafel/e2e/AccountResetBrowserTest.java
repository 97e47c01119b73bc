package nl.zorgtafel.e2e;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.Totp;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.TestData;
import nl.zorgtafel.testsupport.TotpCodes;

/**
 * Resets as the people involved see them: the Beheerder resets a member's password and sees no
 * password, only that a link was mailed; the member opens the link from the mail, is refused a
 * common password in Dutch, chooses their own and signs in with it and their code. Removing a
 * second factor: one Beheerder asks, the same cannot approve, a second Beheerder approves, and
 * the member links a new app at the next sign-in.
 */
class AccountResetBrowserTest extends BrowserTestBase {

    private static final Pattern LINK = Pattern.compile("http://[^\\s]+/(wachtwoord-instellen/[A-Za-z0-9_-]+)");

    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;
    @Autowired
    FieldEncryption encryption;

    @Test
    void a_member_chooses_a_new_password_through_the_mailed_link_the_beheerder_never_sees() throws Exception {
        String name = "Femke Vergeten " + System.nanoTime() % 10_000;
        String member = memberWithApp(name);
        String secret = Totp.newSecret();
        linkApp(member, secret);

        var admin = signedIn("beheerder");
        openPerson(admin, name);
        admin.click("person-reset-password");
        admin.confirm();
        admin.waitForPageText("krijgt een e-mail met een link");
        assertThat(admin.present("temporary-password")).isFalse();

        String mail = dsl.select(OUTBOX_MESSAGE.BODY_TEXT).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.RECIPIENT.eq(testData.emailOf(member)))
                .and(OUTBOX_MESSAGE.SUBJECT.contains("nieuw wachtwoord"))
                .orderBy(OUTBOX_MESSAGE.ID.desc()).limit(1).fetchSingle().value1();
        var link = LINK.matcher(mail);
        assertThat(link.find()).isTrue();

        var browser = Browser.open(port);
        browsers().add(browser);
        browser.go(link.group(1));
        browser.type("password-new", "password1234");
        browser.type("password-repeat", "password1234");
        browser.click("password-save");
        browser.waitForPageText("veelgebruikte of uitgelekte wachtwoorden");
        browser.type("password-new", "een zin die alleen ik ken");
        browser.type("password-repeat", "een zin die alleen ik ken");
        browser.click("password-save");
        browser.waitForPageText("Je wachtwoord is ingesteld");

        browser.go("login");
        browser.passwordStep(member, "een zin die alleen ik ken");
        browser.codeStep(TotpCodes.next(secret));
        browser.find("main-navigation");

        browser.go(link.group(1));
        browser.waitForPageText("Deze link werkt niet meer");
    }

    @Test
    void a_second_factor_is_removed_only_when_a_second_beheerder_approves() throws Exception {
        String name = "Tim Telefoonkwijt " + System.nanoTime() % 10_000;
        String member = memberWithApp(name);
        linkApp(member, Totp.newSecret());

        var first = signedIn("beheerder");
        openPerson(first, name);
        first.click("person-second-factor");
        first.confirm();
        openPerson(first, name);
        assertThat(first.find("person-second-factor").getAttribute("disabled")).isNotNull();

        var second = signedIn("beheerder2");
        openPerson(second, name);
        assertThat(second.text("person-second-factor")).contains("Goedkeuren");
        second.click("person-second-factor");
        second.confirm();
        second.waitForPageText("opnieuw ingesteld");

        var browser = Browser.open(port);
        browsers().add(browser);
        browser.go("login");
        browser.passwordStep(member, TestData.PASSWORD);
        String key = browser.text("second-factor-key").replace(" ", "");
        browser.codeStep(Totp.code(key, Totp.step(Instant.now())));
        browser.find("recovery-codes");
    }

    private String memberWithApp(String name) {
        long table = testData.table(TestData.unique("Tafel"));
        return testData.account(name, testData.organisation(TestData.unique("Org"), OrganisationType.JEUGDHULP), false,
                Map.of(table, TableRole.LID));
    }

    private void linkApp(String username, String secret) {
        dsl.update(ACCOUNT).set(ACCOUNT.TOTP_SECRET, encryption.seal("account.totp_secret", secret))
                .where(ACCOUNT.USERNAME.eq(username)).execute();
    }

    private static void openPerson(Browser admin, String name) {
        admin.go("beheer");
        admin.press(admin.driver().findElement(By.xpath("//vaadin-tab[normalize-space(.)='Personen']")));
        admin.type("person-search", name);
        admin.press(admin.find("people-grid").findElement(By.xpath(
                "//vaadin-grid-cell-content[contains(., '" + name + "')]")));
        admin.find("person-name");
    }
}
