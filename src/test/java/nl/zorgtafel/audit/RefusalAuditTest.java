package nl.zorgtafel.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;

import nl.zorgtafel.base.ui.AccessDeniedView;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

/**
 * Every refusal of a signed-in person is one audit entry saying who was refused what, where:
 * by Vaadin's view access check and by method security, besides the access service's own.
 */
class RefusalAuditTest extends KaribuTest {

    @Autowired
    AuditService audit;
    @Autowired
    AccountService accounts;

    private List<AuditEntry> refusals(String username) {
        long account = accounts.findIdentity(username).orElseThrow().accountId();
        return testData.asAdministrator(() -> audit.find(
                new AuditFilter(account, AuditKind.ACCESS_DENIED, null, null, null, null), 0, 10));
    }

    @Test
    void a_beheerder_opening_a_case_address_sees_geen_toegang_and_the_refusal_is_audited_once() {
        long organisation = testData.organisation(TestData.unique("Gemeente"), OrganisationType.GEMEENTE);
        String administrator = testData.account("Bea Beheer", organisation, true, Map.of());
        login(administrator);

        UI.getCurrent().navigate("casus/4242");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(refusals(administrator)).singleElement().satisfies(entry -> {
            assertThat(entry.detail()).isEqualTo("view /casus/4242");
            assertThat(entry.actorOrganisationId()).isEqualTo(organisation);
            assertThat(entry.tableId()).isNull();
        });

        // The Beheerder reads it back in the viewer, with what was refused.
        UI.getCurrent().navigate("audit");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        var rows = IntStream.range(0, Math.min(GridKt._size(grid), 5))
                .mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .contains("Toegang geweigerd", "Bea Beheer", "view /casus/4242"));
    }

    @Test
    void a_member_typing_the_beheer_address_is_audited_with_their_table_and_without_the_query() {
        long table = testData.table(TestData.unique("Tafel"));
        String member = testData.account("Mo Lid",
                testData.organisation(TestData.unique("Org"), OrganisationType.JEUGDHULP), false,
                Map.of(table, TableRole.LID));
        login(member);

        UI.getCurrent().navigate("beheer", QueryParameters.of("zoek", "Jan Jansen"));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(refusals(member)).singleElement().satisfies(entry -> {
            assertThat(entry.detail()).isEqualTo("view /beheer");
            assertThat(entry.tableId()).isEqualTo(table);
        });
    }

    @Test
    void a_member_calling_a_service_method_of_another_role_is_refused_and_audited_once() {
        long table = testData.table(TestData.unique("Tafel"));
        long organisation = testData.organisation(TestData.unique("Org"), OrganisationType.POLITIE_AVIM);
        String member = testData.account("Pim Politie", organisation, false, Map.of(table, TableRole.LID));
        testData.signIn(member);

        // The audit viewer is for the Beheerder and the chair: method security refuses a member.
        assertThatThrownBy(() -> audit.find(new AuditFilter(null, null, null, null, null, null), 0, 10))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(refusals(member)).singleElement().satisfies(entry -> {
            assertThat(entry.detail()).isEqualTo("method AuditService.find");
            assertThat(entry.actorOrganisationId()).isEqualTo(organisation);
            assertThat(entry.tableId()).isEqualTo(table);
            assertThat(entry.objectType()).isNull();
        });
    }

    @Test
    void a_permitted_call_writes_no_refusal() {
        long table = testData.table(TestData.unique("Tafel"));
        String chair = testData.account("Cor Voorzitter",
                testData.organisation(TestData.unique("Org"), OrganisationType.GEMEENTE), false,
                Map.of(table, TableRole.VOORZITTER));
        testData.signIn(chair);

        audit.find(new AuditFilter(null, null, null, null, null, null), 0, 10);

        assertThat(refusals(chair)).isEmpty();
    }
}
