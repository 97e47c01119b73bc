package nl.zorgtafel.party.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

class AdministrationViewTest extends KaribuTest {

    @Test
    void the_administrator_sees_tables_with_participant_counts_and_organisations_with_their_type() {
        String tableName = TestData.unique("Tafel Oost");
        long table = testData.table(tableName);
        String organisationName = TestData.unique("Centrum Seksueel Geweld");
        long organisation = testData.organisation(organisationName, OrganisationType.CENTRUM_SEKSUEEL_GEWELD);
        testData.account("Deelnemer", organisation, false, Map.of(table, TableRole.LID));
        String administrator = testData.account("Bas Beheer", organisation, true, Map.of());

        login(administrator);
        UI.getCurrent().navigate("beheer");

        var view = _get(AdministrationView.class);
        var tableRow = IntStream.range(0, GridKt._size(view.tables)).mapToObj(i -> GridKt._get(view.tables, i))
                .filter(row -> row.name().equals(tableName)).findFirst().orElseThrow();
        assertThat(tableRow.memberCount()).isEqualTo(1);
        assertThat(IntStream.range(0, GridKt._size(view.organisations))
                .mapToObj(i -> GridKt._getFormattedRow(view.organisations, i)))
                .anySatisfy(cells -> assertThat(cells).containsExactly(organisationName, "Centrum Seksueel Geweld", "2"));
    }
}
