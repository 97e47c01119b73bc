package nl.zorgtafel.party.ui;

import nl.zorgtafel.base.ui.FormFeedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import nl.zorgtafel.party.Organisation;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.party.OrganisationSummary;
import nl.zorgtafel.party.OrganisationType;

/** Beheer → Organisaties: a lazy, searchable list; new and edit open {@link OrganisationDialog}. */
class OrganisationsTab extends VerticalLayout {

    final SearchField search;
    final Select<OrganisationType> typeFilter = new Select<>();
    final Button create = new Button();
    final Grid<OrganisationSummary> grid = new Grid<>();
    OrganisationDialog dialog;

    private final OrganisationService service;

    OrganisationsTab(OrganisationService service) {
        this.service = service;
        setSizeFull();
        setPadding(false);
        search = new SearchField("organisation-search", () -> grid.getDataProvider().refreshAll());
        typeFilter.setId("organisation-type-filter");
        typeFilter.setItems(OrganisationType.values());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("beheer.organisations.all-types"));
        typeFilter.setItemLabelGenerator(t -> t == null ? getTranslation("beheer.organisations.all-types")
                : getTranslation("organisation-type." + t.name()));
        typeFilter.setAriaLabel(getTranslation("beheer.organisations.type"));
        typeFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.setText(getTranslation("beheer.organisation.new"));
        create.setId("organisation-new");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addClickListener(e -> open(Organisation.blank()));

        grid.setId("organisations-grid");
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("beheer.organisations.name")).setFlexGrow(3);
        grid.addColumn(o -> getTranslation("organisation-type." + o.type().name()))
                .setHeader(getTranslation("beheer.organisations.type")).setFlexGrow(2);
        grid.addColumn(OrganisationSummary::personCount).setHeader(getTranslation("beheer.organisations.people"));
        grid.addColumn(o -> getTranslation(o.active() ? "beheer.active" : "beheer.inactive"))
                .setHeader(getTranslation("beheer.status"));
        grid.setItems(q -> service.find(search.getValue(), typeFilter.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> service.count(search.getValue(), typeFilter.getValue()));
        grid.setEmptyStateText(getTranslation("beheer.organisations.empty"));
        grid.addItemClickListener(e -> open(service.get(e.getItem().id())));

        add(new HorizontalLayout(search, typeFilter, create), grid);
    }

    private void open(Organisation organisation) {
        dialog = new OrganisationDialog(organisation, this::save);
        dialog.open();
    }

    private void save(Organisation organisation) {
        FormFeedback.save(() -> service.save(organisation), dialog, dialog.fields(),
                () -> grid.getDataProvider().refreshAll());
    }
}
