package nl.zorgtafel.casefile.ui;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteConfiguration;
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
import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.casefile.CaseFilter;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.CaseSort;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.casefile.CaseSummary;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.Municipality;
import nl.zorgtafel.security.Roles;

/**
 * Casussen: the cases of the current table this person may see (filtered in SQL by the access
 * service), with codes only — never a name in a list — and the facts that say what each case is,
 * sortable in SQL before paging. The chair sees how many await triage.
 */
@Route("casussen")
@Menu(order = 10, title = "nav.casussen", icon = "vaadin:folder-open")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
public class CaseListView extends VerticalLayout implements HasDynamicTitle {

    final Select<CaseStatus> status = new Select<>();
    final Select<Urgency> urgency = new Select<>();
    final Select<ExploitationForm> form = new Select<>();
    final Select<Municipality> municipality = new Select<>();
    final Checkbox mine = new Checkbox();
    final Paragraph triage = new Paragraph();
    final Grid<CaseSummary> grid = new Grid<>();

    CaseListView(CaseService cases, CareTableService tables, Clock clock) {
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
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(true, true);
        // The code is a link: reachable by Tab and opened with Enter, also without a mouse.
        grid.addColumn(LitRenderer.<CaseSummary>of(
                        "<a href=\"${item.href}\">${item.code}</a> <small>${item.repeat}</small>")
                        .withProperty("href", c -> RouteConfiguration.forSessionScope().getUrl(CaseFilePage.class, c.id()))
                        .withProperty("code", CaseSummary::code)
                        .withProperty("repeat", c -> c.repeatCase() ? getTranslation("case.repeat") : ""))
                .setHeader(getTranslation("case.code")).setKey(CaseSort.CODE.name()).setSortable(true)
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(c -> c.ageBand() == null ? "" : getTranslation("age-band." + c.ageBand()))
                .setHeader(getTranslation("case.age")).setKey(CaseSort.AGE.name()).setSortable(true).setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(c -> c.forms().stream().map(f -> getTranslation("form." + f)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("case.forms.short")).setWidth("9rem").setFlexGrow(2)
                .setTooltipGenerator(c -> c.forms().stream().map(f -> getTranslation("form." + f))
                        .collect(Collectors.joining(", ")));
        grid.addColumn(c -> String.join(", ", c.municipalities())).setHeader(getTranslation("case.municipalities.short"))
                .setWidth("8rem").setFlexGrow(1).setTooltipGenerator(c -> String.join(", ", c.municipalities()));
        grid.addColumn(c -> getTranslation("urgency." + c.urgency())).setHeader(getTranslation("case.urgency"))
                .setKey(CaseSort.URGENCY.name()).setSortable(true).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(c -> getTranslation("case-status." + c.status())).setHeader(getTranslation("case.status"))
                .setKey(CaseSort.STATUS.name()).setSortable(true).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(CaseSummary::proposingOrganisation).setHeader(getTranslation("case.proposer.short"))
                .setKey(CaseSort.PROPOSER.name()).setSortable(true).setWidth("10rem").setFlexGrow(2)
                .setTooltipGenerator(CaseSummary::proposingOrganisation);
        grid.addColumn(c -> c.submittedAt() == null ? "" : Dates.day(c.submittedAt())
                        + (c.awaitingTriage() ? " (" + getTranslation("case.waiting-days",
                                java.time.Duration.between(c.submittedAt(), clock.instant()).toDays()) + ")" : ""))
                .setHeader(getTranslation("case.submitted")).setKey(CaseSort.SUBMITTED.name()).setSortable(true)
                .setWidth("8.5rem").setFlexGrow(0);
        // Acute cases stand out by a red edge as well as by the word, never by colour alone.
        grid.setPartNameGenerator(c -> c.acute() ? "acute" : null);
        grid.setItems(q -> cases.find(filter(), order(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> cases.count(filter()));
        grid.setEmptyStateText(getTranslation("case.list.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CaseFilePage.class, e.getItem().id()));

        triage.setId("triage-count");
        int waiting = cases.count(new CaseFilter(CaseStatus.AANGEMELD, null, null, null, false))
                + cases.count(new CaseFilter(CaseStatus.IN_TRIAGE, null, null, null, false));
        triage.setText(getTranslation("case.list.triage", waiting));
        triage.setVisible(waiting > 0);

        var filters = new HorizontalLayout(status, urgency, form, municipality, mine);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("nav.casussen")), triage, filters, grid);
    }

    private static List<CaseSort.Order> order(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream().map(o -> new CaseSort.Order(CaseSort.valueOf(o.getSorted()),
                o.getDirection() == SortDirection.DESCENDING)).toList();
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
