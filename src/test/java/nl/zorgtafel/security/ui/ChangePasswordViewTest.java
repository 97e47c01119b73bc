package nl.zorgtafel.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

class ChangePasswordViewTest extends KaribuTest {

    @Autowired
    PersonService personService;
    @Autowired
    AccountService accountService;

    @Test
    void after_a_reset_nothing_opens_until_the_person_chose_a_new_password() {
        long organisation = testData.organisation(TestData.unique("Org"), OrganisationType.GGZ);
        // Without a table role: the Beheerder hands over a temporary password (with one, a link is mailed).
        long person = testData.person("Reset Persoon", organisation, Map.of());
        String temporary = testData.asAdministrator(() -> personService.resetPassword(person)).temporaryPassword();
        String username = testData.asAdministrator(() -> personService.get(person)).username();

        login(username);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        UI.getCurrent().navigate("zittingen");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);

        var view = _get(ChangePasswordView.class);
        _setValue(view.current, "niet-het-tijdelijke");
        _setValue(view.newPassword, "mijn eigen lange wachtwoord");
        _setValue(view.repeat, "mijn eigen lange wachtwoord");
        _click(view.save);
        assertThat(view.current.isInvalid()).isTrue();

        _setValue(view.current, temporary);
        _setValue(view.repeat, "iets anders");
        _click(view.save);
        assertThat(view.repeat.isInvalid()).isTrue();

        _setValue(view.repeat, "mijn eigen lange wachtwoord");
        _click(view.save);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
        UI.getCurrent().navigate("zittingen");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }
}
