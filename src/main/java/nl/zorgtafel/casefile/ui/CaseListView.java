package nl.zorgtafel.casefile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.casefile.CaseFilter;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.casefile.CaseSummary;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.Municipality;
import nl.zorgtafel.security.Roles;

/**
 * Casussen: the cases of the current table this person may see (filtered in SQL by the access
 * service), with codes only — never a name in a list. The chair sees how many await triage.
 */
@Route("casussen")
@Menu(order = 10, title = "nav.casussen", icon = "vaadin:folder-open")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
class CaseListView extends VerticalLayout implements HasDynamicTitle {

    final Select<CaseStatus> status = new Select<>();
    final Select<Urgency> urgency = new Select<>();
    final Select<ExploitationForm> form = new Select<>();
    final Select<Municipality> municipality = new Select<>();
    final Checkbox mine = new Checkbox();
    final Paragraph triage = new Paragraph();
    final Grid<CaseSummary> grid = new Grid<>();

    CaseListView(CaseService cases, CareTableService tables) {
        setSizeFull();
        status.setLabel(getTranslation("case.status"));
        status.setId("case-filter-status");
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("case.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("case.filter.all") : getTranslation("case-status." + s));
        urgency.setLabel(getTranslation("case.urgency"));
        urgency.setId("case-filter-urgency");
        urgency.setItems(Urgency.values());
        urgency.setEmptySelectionAllowed(true);
        urgency.setEmptySelectionCaption(getTranslation("case.filter.all"));
        urgency.setItemLabelGenerator(u -> u == null ? getTranslation("case.filter.all") : getTranslation("urgency." + u));
        form.setLabel(getTranslation("case.forms"));
        form.setId("case-filter-form");
        form.setItems(ExploitationForm.values());
        form.setEmptySelectionAllowed(true);
        form.setEmptySelectionCaption(getTranslation("case.filter.all"));
        form.setItemLabelGenerator(f -> f == null ? getTranslation("case.filter.all") : getTranslation("form." + f));
        municipality.setLabel(getTranslation("intake.municipalities"));
        municipality.setId("case-filter-municipality");
        municipality.setItems(tables.municipalities());
        municipality.setEmptySelectionAllowed(true);
        municipality.setEmptySelectionCaption(getTranslation("case.filter.all"));
        municipality.setItemLabelGenerator(m -> m == null ? getTranslation("case.filter.all") : m.name());
        municipality.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        mine.setLabel(getTranslation("case.filter.mine"));
        mine.setId("case-filter-mine");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        urgency.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        form.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        mine.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("cases-grid");
        grid.addColumn(CaseSummary::code).setHeader(getTranslation("case.code")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("case-status." + c.status())).setHeader(getTranslation("case.status"));
        grid.addColumn(c -> getTranslation("urgency." + c.urgency())).setHeader(getTranslation("case.urgency"));
        grid.addColumn(CaseSummary::proposingOrganisation).setHeader(getTranslation("case.proposer")).setFlexGrow(2);
        grid.addColumn(c -> c.submittedAt() == null ? "" : CaseLabels.DATE.format(c.submittedAt()))
                .setHeader(getTranslation("case.submitted"));
        grid.addColumn(c -> c.submittedAt() == null || !(c.status() == CaseStatus.AANGEMELD
                || c.status() == CaseStatus.IN_TRIAGE) ? ""
                : getTranslation("case.waiting-days",
                        java.time.Duration.between(c.submittedAt(), java.time.Instant.now()).toDays()))
                .setHeader(getTranslation("case.waiting")).setAutoWidth(true);
        grid.addColumn(c -> c.repeatCase() ? getTranslation("case.repeat") : "").setHeader(getTranslation("case.repeat"));
        grid.setItems(q -> cases.find(filter(), q.getOffset(), q.getLimit()).stream(), q -> cases.count(filter()));
        grid.setEmptyStateText(getTranslation("case.list.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("casus/" + e.getItem().id()));

        triage.setId("triage-count");
        int waiting = cases.count(new CaseFilter(CaseStatus.AANGEMELD, null, null, null, false));
        triage.setText(getTranslation("case.list.triage", waiting));
        triage.setVisible(waiting > 0);

        var filters = new HorizontalLayout(status, urgency, form, municipality, mine);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("nav.casussen")), triage, filters, grid);
    }

    CaseFilter filter() {
        return new CaseFilter(status.getValue(), urgency.getValue(), form.getValue(),
                municipality.getValue() == null ? null : municipality.getValue().id(), mine.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.casussen");
    }
}
