package nl.zorgtafel.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

/**
 * The Beheerder's outbox shows what mail goes out, but never the text of a mail that holds a
 * secret for its recipient: a password link read here would let the Beheerder become that person.
 */
class OutboxViewTest extends KaribuTest {

    @Autowired
    PersonService people;

    @Test
    void a_password_link_mail_is_listed_but_its_text_is_not_shown() {
        long table = testData.table(TestData.unique("Tafel"));
        String member = testData.account("Lies Link", testData.organisation(TestData.unique("Org"),
                OrganisationType.JEUGDHULP), false, Map.of(table, TableRole.LID));
        String admin = testData.account("Bert Beheer", testData.organisation(TestData.unique("Org"),
                OrganisationType.GEMEENTE), true, Map.of());
        login(admin);
        people.resetPassword(testData.personIdOf(member));

        UI.getCurrent().navigate("beheer/uitgaande-berichten");
        var view = _get(OutboxView.class);
        var linkMail = view.grid.getGenericDataView().getItems()
                .filter(m -> m.recipient().equals(testData.emailOf(member)) && m.subject().contains("nieuw wachtwoord"))
                .findFirst().orElseThrow();
        assertThat(linkMail.sealed()).isTrue();
        view.grid.select(linkMail);
        assertThat(view.body.getText()).doesNotContain("wachtwoord-instellen").contains("alleen voor de ontvanger");

        var roleMail = view.grid.getGenericDataView().getItems()
                .filter(m -> m.recipient().equals(testData.emailOf(member)) && m.subject().contains("rol"))
                .findFirst().orElseThrow();
        view.grid.select(roleMail);
        assertThat(view.body.getText()).contains("Lid");
    }
}
