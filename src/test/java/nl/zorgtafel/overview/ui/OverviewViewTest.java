package nl.zorgtafel.overview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Paragraph;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

class OverviewViewTest extends KaribuTest {

    @Test
    void shows_who_you_are_and_your_role_at_each_table() {
        String north = TestData.unique("Noord");
        String south = TestData.unique("Zuid");
        long n = testData.table(north);
        long s = testData.table(south);
        String organisation = TestData.unique("LVB-zorg");
        String username = testData.account("Łucja Öztürk", testData.organisation(organisation, OrganisationType.LVB_ZORG),
                false, Map.of(n, TableRole.SECRETARIS, s, TableRole.WAARNEMER));

        login(username);

        var view = _get(OverviewView.class);
        assertThat(view.identity.getText()).contains(organisation);
        assertThat(view.tables.getElement().getTextRecursively())
                .contains(north + " — Secretaris")
                .contains(south + " — Waarnemer")
                .contains("(huidige tafel)");
    }

    @Test
    void an_administrator_is_told_they_see_no_case_content() {
        String username = testData.account("Bas Beheer",
                testData.organisation(TestData.unique("Gemeente"), OrganisationType.GEMEENTE), true, Map.of());

        login(username);

        assertThat(_get(Paragraph.class, spec -> spec.withId("administrator-note")).getText())
                .contains("geen casusinhoud");
    }
}
