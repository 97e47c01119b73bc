package nl.zorgtafel.party.ui;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.FormFeedback;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.CareTableSettings;
import nl.zorgtafel.party.CareTableSummary;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.party.ValidationException;

/** Beheer → Tafels: the installation's tables; new and edit open {@link TableDialog}. */
class TablesTab extends VerticalLayout {

    private static final int ALL = 1000;

    final Button create = new Button();
    final Button addMunicipality = new Button();
    final Grid<CareTableSummary> grid = new Grid<>();
    TableDialog dialog;

    private final CareTableService tables;
    private final OrganisationService organisations;

    TablesTab(CareTableService tables, OrganisationService organisations) {
        this.tables = tables;
        this.organisations = organisations;
        setSizeFull();
        setPadding(false);
        create.setText(getTranslation("beheer.table.new"));
        create.setId("table-new");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addClickListener(e -> open(CareTableSettings.of("", "", "")));
        addMunicipality.setText(getTranslation("beheer.municipality.new"));
        addMunicipality.setId("municipality-new");
        addMunicipality.addClickListener(e -> openMunicipalityDialog());

        grid.setId("tables-grid");
        grid.addColumn(CareTableSummary::name).setHeader(getTranslation("beheer.tables.name")).setFlexGrow(3);
        grid.addColumn(CareTableSummary::code).setHeader(getTranslation("beheer.tables.code"));
        grid.addColumn(CareTableSummary::memberCount).setHeader(getTranslation("beheer.tables.members"));
        grid.setItems(q -> tables.find(q.getOffset(), q.getLimit()).stream(), q -> tables.count());
        grid.setEmptyStateText(getTranslation("beheer.tables.empty"));
        grid.addItemClickListener(e -> open(tables.settings(e.getItem().id())));
        add(new HorizontalLayout(create, addMunicipality), grid);
    }

    private void open(CareTableSettings table) {
        var partners = table.id() == null ? java.util.List.<nl.zorgtafel.party.CareTableDetails.CovenantPartner>of()
                : tables.covenant(table.id());
        dialog = new TableDialog(table, tables.municipalities(), partners, organisations.find(null, 0, ALL),
                this::save, new TableDialog.CovenantActions() {
                    @Override
                    public void sign(long organisationId, LocalDate signedOn) {
                        tables.signCovenant(table.id(), organisationId, signedOn);
                        dialog.showCovenant(tables.covenant(table.id()));
                    }

                    @Override
                    public void end(long organisationId) {
                        tables.endCovenant(table.id(), organisationId, LocalDate.now(DutchTime.ZONE));
                        dialog.showCovenant(tables.covenant(table.id()));
                    }
                });
        dialog.open();
    }

    private void save(CareTableSettings table) {
        FormFeedback.save(() -> tables.save(table), dialog, dialog.fields(), () -> grid.getDataProvider().refreshAll());
    }

    private void openMunicipalityDialog() {
        var municipalityDialog = new Dialog(getTranslation("beheer.municipality.new"));
        var name = new TextField(getTranslation("beheer.municipality.name"));
        name.setId("municipality-name");
        name.setMaxLength(100);
        var cbs = new TextField(getTranslation("beheer.municipality.cbs"));
        cbs.setId("municipality-cbs");
        cbs.setMaxLength(6);
        cbs.setPlaceholder("GM0363");
        var save = new Button(getTranslation("edit.save"), e -> {
            try {
                tables.createMunicipality(name.getValue(), cbs.getValue());
                municipalityDialog.close();
                FormFeedback.notify(this, getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
            } catch (ValidationException ex) {
                FormFeedback.show(ex, java.util.Map.of("municipality", name, "cbsCode", cbs), this);
            }
        });
        save.setId("municipality-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        municipalityDialog.add(new VerticalLayout(name, cbs));
        municipalityDialog.getFooter().add(new Button(getTranslation("edit.cancel"), e -> municipalityDialog.close()), save);
        municipalityDialog.open();
    }
}
