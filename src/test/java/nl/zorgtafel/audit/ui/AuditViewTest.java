package nl.zorgtafel.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

import nl.zorgtafel.audit.AuditEntry;
import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.ui.AccessDeniedView;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.TestData;

class AuditViewTest extends KaribuTest {

    @Autowired
    AuditService auditService;
    @Autowired
    AccountService accountService;

    private long tableA;
    private long tableB;
    private String chairA;
    private String memberB;
    private String administrator;

    @BeforeEach
    void twoTables() {
        tableA = testData.table(TestData.unique("Tafel A"));
        tableB = testData.table(TestData.unique("Tafel B"));
        long organisation = testData.organisation(TestData.unique("Zorgcoördinatie"),
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        chairA = testData.account("Voorzitter A", organisation, false, Map.of(tableA, TableRole.VOORZITTER));
        memberB = testData.account("Lid B", organisation, false, Map.of(tableB, TableRole.LID));
        administrator = testData.account("Beheerder", organisation, true, Map.of());
    }

    private long accountId(String username) {
        return accountService.findIdentity(username).orElseThrow().accountId();
    }

    @Test
    void opening_the_viewer_is_itself_audited() {
        login(administrator);
        UI.getCurrent().navigate("audit");

        var opened = auditService.find(new AuditFilter(accountId(administrator), AuditKind.AUDIT_VIEWED, null, null,
                null, null), 0, 10);
        assertThat(opened).hasSize(1);
    }

    @Test
    void the_administrator_filters_by_subject_to_see_who_accessed_it() {
        login(memberB);
        UI.getCurrent().navigate("tafel/" + tableA);
        login(administrator);
        UI.getCurrent().navigate("audit");
        var view = _get(AuditView.class);

        _setValue(view.objectType, "care_table");
        _setValue(view.objectId, (int) tableA);

        var rows = IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
        assertThat(rows).extracting(AuditEntry::kind).contains(AuditKind.ACCESS_DENIED);
        assertThat(rows).extracting(AuditEntry::actorName).contains("Lid B");
    }

    @Test
    void the_administrator_filters_by_person() {
        login(memberB);
        UI.getCurrent().navigate("tafel/" + tableA);
        login(administrator);
        UI.getCurrent().navigate("audit");
        var view = _get(AuditView.class);

        _setValue(view.person, "lid b");

        var rows = IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
        assertThat(rows).isNotEmpty().allSatisfy(e -> assertThat(e.actorName()).isEqualTo("Lid B"));
        assertThat(view.total.getText()).as("the line above the grid counts what it lists")
                .startsWith(rows.size() + (rows.size() == 1 ? " vastlegging," : " vastleggingen,"));
    }

    @Test
    void a_chair_sees_only_entries_of_their_own_table() {
        login(memberB);
        UI.getCurrent().navigate("tafel/" + tableA);
        login(chairA);
        UI.getCurrent().navigate("audit");
        var view = _get(AuditView.class);

        var rows = IntStream.range(0, Math.min(GridKt._size(view.grid), 200)).mapToObj(i -> GridKt._get(view.grid, i))
                .toList();
        assertThat(rows).isNotEmpty().allSatisfy(e -> assertThat(e.tableId()).isEqualTo(tableA));
        assertThat(rows).extracting(AuditEntry::actorName).doesNotContain("Lid B");
    }

    @Test
    void a_member_cannot_open_the_viewer() {
        login(memberB);
        UI.getCurrent().navigate("audit");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void the_export_writes_the_filtered_entries_as_csv_and_is_audited() {
        login(administrator);
        UI.getCurrent().navigate("audit");
        var out = new StringWriter();

        auditService.exportCsv(new AuditFilter(accountId(administrator), AuditKind.AUDIT_VIEWED, null, null, null, null),
                out);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("id;tijdstip;soort;persoon;organisatie;tafel;objecttype;object;adres;detail");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("\"AUDIT_VIEWED\"").contains("\"Beheerder\"");
        assertThat(auditService.countUpTo(new AuditFilter(accountId(administrator), AuditKind.AUDIT_EXPORTED, null, null,
                null, null), 10)).isEqualTo(1);
    }

    @Test
    void the_administrator_checks_the_chain_from_the_viewer() {
        login(administrator);
        UI.getCurrent().navigate("audit");
        var view = _get(AuditView.class);

        _click(view.verify);

        assertThat(view.verification.getText()).startsWith("De keten is intact");
    }
}
