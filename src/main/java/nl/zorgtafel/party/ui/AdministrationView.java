package nl.zorgtafel.party.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.party.CareTableSummary;
import nl.zorgtafel.party.OrganisationSummary;
import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.security.Roles;

/** Beheer: the installation's tables and partner organisations (read-only for now). */
@Route("beheer")
@Menu(order = 90, title = "nav.beheer", icon = "vaadin:cog")
@RolesAllowed(Roles.BEHEERDER)
class AdministrationView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CareTableSummary> tables = new Grid<>();
    final Grid<OrganisationSummary> organisations = new Grid<>();

    AdministrationView(CareTableService tableService, OrganisationService organisationService) {
        setSizeFull();
        add(new H2(getTranslation("beheer.title")));

        tables.setId("tables-grid");
        tables.addColumn(CareTableSummary::name).setHeader(getTranslation("beheer.tables.name")).setFlexGrow(3);
        tables.addColumn(CareTableSummary::code).setHeader(getTranslation("beheer.tables.code"));
        tables.addColumn(CareTableSummary::memberCount).setHeader(getTranslation("beheer.tables.members"));
        tables.setItems(q -> tableService.find(q.getOffset(), q.getLimit()).stream(),
                q -> tableService.count());
        tables.setEmptyStateText(getTranslation("beheer.tables.empty"));

        organisations.setId("organisations-grid");
        organisations.addColumn(OrganisationSummary::name)
                .setHeader(getTranslation("beheer.organisations.name")).setFlexGrow(3);
        organisations.addColumn(o -> getTranslation("organisation-type." + o.type().name()))
                .setHeader(getTranslation("beheer.organisations.type")).setFlexGrow(2);
        organisations.addColumn(OrganisationSummary::personCount)
                .setHeader(getTranslation("beheer.organisations.people"));
        organisations.setItems(q -> organisationService.find(null, q.getOffset(), q.getLimit()).stream(),
                q -> organisationService.count(null));
        organisations.setEmptyStateText(getTranslation("beheer.organisations.empty"));

        var sheet = new TabSheet();
        sheet.setSizeFull();
        sheet.add(getTranslation("beheer.tables"), tables);
        sheet.add(getTranslation("beheer.organisations"), organisations);
        add(new Paragraph(getTranslation("beheer.intro")), sheet);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("beheer.title");
    }
}
