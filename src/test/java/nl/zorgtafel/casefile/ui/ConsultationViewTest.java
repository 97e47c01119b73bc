package nl.zorgtafel.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

class ConsultationViewTest extends KaribuTest {

    @Test
    void a_member_asks_anonymously_and_the_chair_answers_with_advice() {
        long table = testData.table(TestData.unique("Tafel"));
        long school = testData.organisation(TestData.unique("School"), OrganisationType.ONDERWIJS);
        long other = testData.organisation(TestData.unique("GGZ"), OrganisationType.GGZ);
        long coordination = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        String teacher = testData.account("Leraar", school, false, Map.of(table, TableRole.LID));
        String outsider = testData.account("GGZ", other, false, Map.of(table, TableRole.LID));
        String chair = testData.account("Voorzitter", coordination, false, Map.of(table, TableRole.VOORZITTER));

        login(teacher);
        UI.getCurrent().navigate("meedenkconsult");
        var view = _get(ConsultationView.class);
        _setValue(view.question, "Leerling 123456782 is vaak afwezig, geboren 01-02-2010. Iets voor de tafel?");
        _click(view.ask);
        assertThat(view.question.isInvalid()).as("looks identifying, refused").isTrue();
        _setValue(view.question, "Een leerling verzuimt veel en heeft ineens veel geld. Iets voor de tafel?");
        _click(view.ask);
        assertThat(view.list.getElement().getTextRecursively()).contains("Wacht op advies");

        login(outsider);
        UI.getCurrent().navigate("meedenkconsult");
        assertThat(_get(ConsultationView.class).list.getElement().getTextRecursively()).doesNotContain("verzuimt");

        login(chair);
        UI.getCurrent().navigate("meedenkconsult");
        var chairView = _get(ConsultationView.class);
        _setValue(chairView.adviceFields.getFirst(), "Bespreek het in het zorgteam en meld bij twijfel bij Veilig Thuis.");
        _click(_get(Button.class, spec -> spec.withText("Advies geven")));

        login(teacher);
        UI.getCurrent().navigate("meedenkconsult");
        assertThat(_get(ConsultationView.class).list.getElement().getTextRecursively())
                .contains("meld bij twijfel bij Veilig Thuis");
    }
}
