package nl.zorgtafel.party.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.ui.RefusedView;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

class TableViewTest extends KaribuTest {

    @Autowired
    CareTableService tableService;
    @Autowired
    AuditService auditService;
    @Autowired
    AccountService accountService;
    @Autowired
    CurrentUser currentUser;

    private long tableA;
    private long tableB;
    private String memberOfA;
    private String memberOfBoth;
    private String police;

    @BeforeEach
    void twoTables() {
        tableA = testData.table(TestData.unique("Tafel Noord"));
        tableB = testData.table(TestData.unique("Tafel Zuid"));
        police = TestData.unique("Politie");
        long avim = testData.organisation(police, OrganisationType.POLITIE_AVIM);
        long school = testData.organisation(TestData.unique("School"), OrganisationType.ONDERWIJS);
        testData.asAdministrator(() -> {
            tableService.signCovenant(tableA, avim, LocalDate.of(2026, 1, 15));
            long municipality = tableService.createMunicipality(TestData.unique("Demostad"), null);
            var settings = tableService.settings(tableA);
            tableService.save(new nl.zorgtafel.party.CareTableSettings(settings.id(), settings.name(), settings.code(),
                    settings.confidentialityStatement(), null, null, null, null, 2, settings.version(),
                    java.util.Set.of(municipality)));
            return null;
        });
        memberOfA = testData.account("Pieter Politie", avim, false, Map.of(tableA, TableRole.LID));
        memberOfBoth = testData.account("Sanne School", school, false,
                Map.of(tableA, TableRole.LID, tableB, TableRole.LID));
        testData.account("Zara Zuid", school, false, Map.of(tableB, TableRole.VOORZITTER));
    }

    @Test
    void a_member_sees_the_people_and_covenant_of_their_table() {
        login(memberOfA);
        UI.getCurrent().navigate("tafel/" + tableA);

        var view = _get(TableView.class);
        assertThat(GridKt._size(view.members)).isEqualTo(2);
        assertThat(GridKt._get(view.covenant, 0).organisationName()).isEqualTo(police);
        assertThat(view.municipalities.getText()).startsWith("Gemeenten: Demostad");
        assertThat(view.statement.getText()).isEqualTo("Vertrouwelijk.");
    }

    @Test
    void a_member_of_table_a_typing_the_address_of_table_b_is_refused_and_the_refusal_audited() {
        login(memberOfA);

        UI.getCurrent().navigate("tafel/" + tableB);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RefusedView.class);
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively()).contains("Geen toegang")
                .doesNotContain("Zara Zuid");
        long account = accountService.findIdentity(memberOfA).orElseThrow().accountId();
        var denied = testData.asAdministrator(() -> auditService.find(
                new AuditFilter(account, AuditKind.ACCESS_DENIED, null, null, "care_table", tableB), 0, 10));
        assertThat(denied).hasSize(1);
    }

    @Test
    void nothing_of_another_table_shows_until_the_person_switches_to_it() {
        login(memberOfBoth);
        long current = currentUser.require().currentMembership().orElseThrow().tableId();
        long other = current == tableA ? tableB : tableA;

        UI.getCurrent().navigate("tafel/" + other);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RefusedView.class);

        currentUser.switchTable(other);
        reload("tafel/" + other);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TableView.class);
    }
}
