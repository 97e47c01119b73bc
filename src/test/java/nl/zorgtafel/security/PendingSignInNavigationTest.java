package nl.zorgtafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.ui.SecondFactorView;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

/**
 * Between password and code, navigating inside the page (as a tampered client could) opens no
 * view but the code page. The mocked request here even reports the pending sign-in as the
 * principal, so Vaadin's own annotation check would let @PermitAll views through: the
 * application's listener is what stops it.
 */
class PendingSignInNavigationTest extends KaribuTest {

    @Autowired
    SignInService signIns;

    @Test
    void every_route_leads_to_the_code_page_until_the_code_is_given() {
        long table = testData.table(TestData.unique("Tafel"));
        String member = testData.account("Pim Halverwege", testData.organisation(TestData.unique("Org"),
                OrganisationType.GGZ), false, Map.of(table, TableRole.VOORZITTER));
        var pending = signIns.checkPassword(member, TestData.PASSWORD, "10.5.5.5").orElseThrow();
        var context = contexts.createEmptyContext();
        context.setAuthentication(new PendingSignIn.Token(pending, null));
        contexts.setContext(context);

        reload("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SecondFactorView.class);
        for (String route : List.of("casussen", "zittingen", "mijn-acties", "account", "audit", "beheer",
                "tafel/" + table, "wachtwoord")) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getCurrentView()).as(route).isInstanceOf(SecondFactorView.class);
        }
    }
}
