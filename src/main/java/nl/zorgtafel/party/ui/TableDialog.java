package nl.zorgtafel.party.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.party.CareTableDetails.CovenantPartner;
import nl.zorgtafel.party.CareTableSettings;
import nl.zorgtafel.party.Municipality;
import nl.zorgtafel.party.OrganisationSummary;

/**
 * Form for one table: name, code, municipalities, rhythm, cut-off, confidentiality statement,
 * and for an existing table its covenant. Fires events; the tab calls the service.
 */
class TableDialog extends Dialog {

    /** What the covenant section asks of the tab. */
    interface CovenantActions {
        void sign(long organisationId, LocalDate signedOn);

        void end(long organisationId);
    }


    final TextField name = new TextField();
    final TextField code = new TextField();
    final MultiSelectComboBox<Municipality> municipalities = new MultiSelectComboBox<>();
    final Select<Integer> weekday = new Select<>();
    final TimePicker start = new TimePicker();
    final IntegerField minutes = new IntegerField();
    final IntegerField everyWeeks = new IntegerField();
    final IntegerField cutoff = new IntegerField();
    final TextArea statement = new TextArea();
    final Grid<CovenantPartner> covenant = new Grid<>();
    final ComboBox<OrganisationSummary> signer = new ComboBox<>();
    final DatePicker signedOn = new LocalDatePicker();
    final Button sign = new Button();
    final Button save = new Button();

    private final CareTableSettings original;

    TableDialog(CareTableSettings table, List<Municipality> allMunicipalities, List<CovenantPartner> partners,
            List<OrganisationSummary> organisations, Consumer<CareTableSettings> onSave, CovenantActions covenantActions) {
        this.original = table;
        setHeaderTitle(getTranslation(table.id() == null ? "beheer.table.new" : "beheer.table.edit"));
        setWidth("min(56rem, 100%)");
        name.setLabel(getTranslation("beheer.tables.name"));
        name.setId("table-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setValue(table.name());
        code.setLabel(getTranslation("beheer.tables.code"));
        code.setId("table-code");
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(6);
        code.setHelperText(getTranslation("beheer.table.code.help"));
        code.setValue(table.code());
        municipalities.setLabel(getTranslation("beheer.table.municipalities"));
        municipalities.setId("table-municipalities");
        municipalities.setItems(allMunicipalities);
        municipalities.setItemLabelGenerator(m -> m.cbsCode() == null ? m.name() : m.name() + " (" + m.cbsCode() + ")");
        municipalities.setValue(allMunicipalities.stream().filter(m -> table.municipalityIds().contains(m.id()))
                .collect(Collectors.toSet()));
        weekday.setLabel(getTranslation("beheer.table.weekday"));
        weekday.setId("table-weekday");
        weekday.setItems(1, 2, 3, 4, 5, 6, 7);
        weekday.setEmptySelectionAllowed(true);
        weekday.setItemLabelGenerator(d -> d == null ? "" : DayOfWeek.of(d).getDisplayName(TextStyle.FULL, getLocale()));
        weekday.setValue(table.rhythmWeekday());
        start.setLabel(getTranslation("beheer.table.start"));
        start.setId("table-start");
        start.setValue(table.rhythmStart());
        minutes.setLabel(getTranslation("beheer.table.minutes"));
        minutes.setId("table-minutes");
        minutes.setValue(table.rhythmMinutes());
        everyWeeks.setLabel(getTranslation("beheer.table.every-weeks"));
        everyWeeks.setId("table-every-weeks");
        everyWeeks.setValue(table.rhythmEveryWeeks());
        cutoff.setLabel(getTranslation("beheer.table.cutoff"));
        cutoff.setId("table-cutoff");
        cutoff.setValue(table.cutoffWorkingDays());
        cutoff.setHelperText(getTranslation("beheer.table.cutoff.help"));
        statement.setLabel(getTranslation("table.statement"));
        statement.setId("table-statement-field");
        statement.setRequiredIndicatorVisible(true);
        TextLimit.apply(statement, 4000);
        statement.setValue(table.confidentialityStatement());

        var form = new FormLayout(name, code, municipalities, weekday, start, minutes, everyWeeks, cutoff, statement);
        form.setColspan(municipalities, 2);
        form.setColspan(statement, 2);
        add(form);
        if (table.id() != null) {
            add(covenantSection(partners, organisations, covenantActions));
        }

        save.setText(getTranslation("edit.save"));
        save.setId("table-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.accept(edited()));
        getFooter().add(new Button(getTranslation("edit.cancel"), e -> close()), save);
    }

    private com.vaadin.flow.component.Component covenantSection(List<CovenantPartner> partners,
            List<OrganisationSummary> organisations, CovenantActions actions) {
        covenant.setId("table-covenant");
        covenant.addColumn(CovenantPartner::organisationName).setHeader(getTranslation("table.covenant.organisation"))
                .setFlexGrow(3);
        covenant.addColumn(p -> Dates.day(p.signedOn())).setHeader(getTranslation("table.covenant.signed"));
        covenant.addColumn(p -> p.endedOn() == null ? "" : Dates.day(p.endedOn()))
                .setHeader(getTranslation("beheer.covenant.ended"));
        covenant.addComponentColumn(p -> {
            var end = new Button(getTranslation("beheer.covenant.end"));
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            end.setVisible(p.endedOn() == null);
            end.addClickListener(e -> {
                var confirm = new ConfirmDialog(getTranslation("beheer.confirm.title"),
                        getTranslation("beheer.covenant.end.text", p.organisationName()),
                        getTranslation("beheer.covenant.end"), c -> actions.end(p.organisationId()));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("edit.cancel"));
                confirm.open();
            });
            return end;
        }).setKey("end");
        covenant.setItems(partners);
        covenant.setAllRowsVisible(true);
        covenant.setEmptyStateText(getTranslation("table.covenant.empty"));
        signer.setLabel(getTranslation("table.covenant.organisation"));
        signer.setId("covenant-organisation");
        signer.setItems(organisations);
        signer.setItemLabelGenerator(OrganisationSummary::name);
        signedOn.setLabel(getTranslation("table.covenant.signed"));
        signedOn.setId("covenant-date");
        signedOn.setValue(LocalDate.now(DutchTime.ZONE));
        sign.setText(getTranslation("beheer.covenant.sign"));
        sign.setId("covenant-sign");
        sign.addClickListener(e -> {
            if (signer.getValue() != null && signedOn.getValue() != null) {
                actions.sign(signer.getValue().id(), signedOn.getValue());
            }
        });
        var add = new HorizontalLayout(signer, signedOn, sign);
        add.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new com.vaadin.flow.component.html.Div(new H4(getTranslation("table.covenant")), covenant, add);
    }

    CareTableSettings edited() {
        Set<Long> chosen = municipalities.getValue().stream().map(Municipality::id).collect(Collectors.toSet());
        return new CareTableSettings(original.id(), name.getValue(), code.getValue(), statement.getValue(),
                weekday.getValue(), start.getValue(), minutes.getValue(), everyWeeks.getValue(),
                cutoff.getValue() == null ? -1 : cutoff.getValue(), original.version(), chosen);
    }

    void showCovenant(List<CovenantPartner> partners) {
        covenant.setItems(partners);
        signer.clear();
    }

    Map<String, HasValidation> fields() {
        return Map.of("name", name, "code", code, "confidentialityStatement", statement, "rhythmWeekday", weekday,
                "rhythmStart", start, "rhythmMinutes", minutes, "rhythmEveryWeeks", everyWeeks,
                "cutoffWorkingDays", cutoff);
    }
}
