package nl.zorgtafel.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;

import nl.zorgtafel.audit.AuditEntry;
import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.chart.ChartCard;
import nl.zorgtafel.base.ui.AccessDeniedView;
import nl.zorgtafel.insight.InsightPeriod;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.testsupport.KaribuTest;
import nl.zorgtafel.testsupport.SessionFixture;

/** Inzicht in the browserless UI: the chair's sections and tables, the empty state, a member refused. */
class InsightViewTest extends KaribuTest {

    @Autowired
    SessionFixture fixture;
    @Autowired
    AuditService audit;
    @Autowired
    AccountService accounts;

    private SessionFixture.Session session;

    @BeforeEach
    void aTableWithOneCase() {
        session = fixture.create();
    }

    private static List<String> navigation() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel)
                .toList();
    }

    @Test
    void the_chair_sees_this_quarters_case_in_titled_sections_with_their_tables() {
        login(session.chair());
        assertThat(navigation()).contains("Inzicht");

        UI.getCurrent().navigate("inzicht");

        var view = _get(InsightView.class);
        assertThat(view.summary.getText()).contains(": 1 casussen aangemeld bij deze tafel");
        var exploitation = _get(view.sections, ChartCard.class, spec -> spec.withId("insight-exploitation"));
        var toggle = _get(exploitation, Button.class, spec -> spec.withId("insight-exploitation-toggle"));
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        _click(toggle);
        var table = _get(exploitation, NativeTable.class, spec -> spec.withId("insight-exploitation-table"));
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(table.getBody().getRows()).hasSize(5);
        assertThat(table.getBody().getRows().getFirst().getAllCells())
                .extracting(c -> c.getElement().getText()).containsExactly("Seksueel", "1");
        // The cases per month, as a line with this quarter's three months.
        var perMonth = _get(view.sections, ChartCard.class, spec -> spec.withId("insight-period"));
        _click(_get(perMonth, Button.class));
        assertThat(_get(perMonth, NativeTable.class).getBody().getRows()).hasSize(3);
        _get(view.sections, ChartCard.class, spec -> spec.withId("insight-lead-chart"));
        assertThat(view.export.getHref()).isNotBlank();
        assertThat(GridKt._size(view.leadTimes)).isEqualTo(4);
    }

    @Test
    void a_period_without_cases_says_so_in_dutch() {
        login(session.chair());
        UI.getCurrent().navigate("inzicht");
        var view = _get(InsightView.class);

        _setValue(view.period.kind, InsightPeriod.Kind.YEAR);
        _setValue(view.period.year, view.period.year.getListDataView().getItems().toList().getLast());

        assertThat(_get(view.sections, Paragraph.class, spec -> spec.withId("insight-empty")).getText())
                .isEqualTo("In deze periode is geen casus aangemeld. Kies een andere periode.");
    }

    @Test
    void a_member_has_no_menu_item_and_the_address_is_refused_and_audited() {
        login(session.youthCare());
        assertThat(navigation()).doesNotContain("Inzicht");

        UI.getCurrent().navigate("inzicht");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        long account = accounts.findIdentity(session.youthCare()).orElseThrow().accountId();
        List<AuditEntry> refusals = testData.asAdministrator(() -> audit.find(
                new AuditFilter(account, AuditKind.ACCESS_DENIED, null, null, null, null), 0, 10));
        assertThat(refusals).extracting(AuditEntry::detail).contains("view /inzicht");
    }
}
