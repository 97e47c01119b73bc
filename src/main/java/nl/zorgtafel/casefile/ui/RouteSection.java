package nl.zorgtafel.casefile.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.casefile.Milestone;
import nl.zorgtafel.casefile.RiskAssessment;
import nl.zorgtafel.casefile.RouteMilestone;
import nl.zorgtafel.party.OrganisationSummary;

/**
 * Risk assessments (repeated, not once) and route milestones of a case, with forms to add them.
 * A dumb component: it hands new entries to the page, which calls the service.
 */
class RouteSection extends Div {

    final Grid<RiskAssessment> risks = new Grid<>();
    final Grid<RouteMilestone> milestones = new Grid<>();
    final Button addRisk = new Button();
    final Button addMilestone = new Button();
    Dialog dialog;
    final TextField instrument = new TextField();
    final DatePicker riskDate = new LocalDatePicker();
    final TextArea outcome = new TextArea();
    final TextField assessedBy = new TextField();
    final Select<Milestone> milestone = new Select<>();
    final Select<String> variant = new Select<>();
    final DatePicker milestoneDate = new LocalDatePicker();
    final ComboBox<OrganisationSummary> byOrganisation = new ComboBox<>();
    final TextField note = new TextField();

    RouteSection(List<OrganisationSummary> organisations, Consumer<RiskAssessment> onRisk,
            Consumer<RouteMilestone> onMilestone) {
        risks.setId("case-risks");
        risks.addColumn(r -> Dates.day(r.assessedOn().atStartOfDay(CaseLabels.NETHERLANDS)))
                .setHeader(getTranslation("case.risk.date")).setAutoWidth(true);
        risks.addColumn(RiskAssessment::instrument).setHeader(getTranslation("case.risk.instrument"));
        risks.addColumn(RiskAssessment::outcome).setHeader(getTranslation("case.risk.outcome")).setFlexGrow(3);
        risks.addColumn(RiskAssessment::assessedBy).setHeader(getTranslation("case.risk.by"));
        risks.setAllRowsVisible(true);
        // Outcomes and notes are read in full: cells wrap instead of cutting text off.
        risks.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        milestones.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        risks.setEmptyStateText(getTranslation("case.risk.empty"));
        milestones.setId("case-milestones");
        milestones.addColumn(m -> Dates.day(m.occurredOn().atStartOfDay(CaseLabels.NETHERLANDS)))
                .setHeader(getTranslation("case.route.date")).setAutoWidth(true);
        milestones.addColumn(m -> getTranslation("milestone." + m.milestone())
                + (m.variant() == null ? "" : " — " + getTranslation("variant." + m.variant())))
                .setHeader(getTranslation("case.route.milestone")).setFlexGrow(2);
        milestones.addColumn(m -> m.byOrganisationName() == null ? "" : m.byOrganisationName())
                .setHeader(getTranslation("case.route.by"));
        milestones.addColumn(m -> m.note() == null ? "" : m.note()).setHeader(getTranslation("case.route.note"));
        milestones.setAllRowsVisible(true);
        milestones.setEmptyStateText(getTranslation("case.route.empty"));

        instrument.setLabel(getTranslation("case.risk.instrument"));
        instrument.setId("risk-instrument");
        instrument.setMaxLength(100);
        riskDate.setLabel(getTranslation("case.risk.date"));
        riskDate.setId("risk-date");
        riskDate.setMax(LocalDate.now(DutchTime.ZONE));
        outcome.setLabel(getTranslation("case.risk.outcome"));
        outcome.setId("risk-outcome");
        TextLimit.apply(outcome, 10_000);
        assessedBy.setLabel(getTranslation("case.risk.by"));
        assessedBy.setId("risk-by");
        assessedBy.setMaxLength(200);
        milestone.setLabel(getTranslation("case.route.milestone"));
        milestone.setId("milestone-kind");
        milestone.setItems(Milestone.values());
        milestone.setItemLabelGenerator(m -> m == null ? "" : getTranslation("milestone." + m));
        milestone.addValueChangeListener(e -> {
            List<String> variants = e.getValue() == null ? List.of() : e.getValue().variants();
            variant.setItems(variants);
            variant.setVisible(!variants.isEmpty());
        });
        variant.setLabel(getTranslation("case.route.variant"));
        variant.setId("milestone-variant");
        variant.setItemLabelGenerator(v -> v == null ? "" : getTranslation("variant." + v));
        variant.setVisible(false);
        milestoneDate.setLabel(getTranslation("case.route.date"));
        milestoneDate.setId("milestone-date");
        milestoneDate.setMax(LocalDate.now(DutchTime.ZONE));
        byOrganisation.setLabel(getTranslation("case.route.by"));
        byOrganisation.setItems(organisations);
        byOrganisation.setItemLabelGenerator(OrganisationSummary::name);
        note.setLabel(getTranslation("case.route.note"));
        note.setMaxLength(1000);

        addRisk.setText(getTranslation("case.risk.add"));
        addRisk.setId("risk-add");
        addRisk.addClickListener(e -> open("case.risk.add", new FormLayout(instrument, riskDate, assessedBy, outcome),
                () -> onRisk.accept(new RiskAssessment(null, instrument.getValue(), riskDate.getValue(),
                        outcome.getValue(), assessedBy.getValue()))));
        addMilestone.setText(getTranslation("case.route.add"));
        addMilestone.setId("milestone-add");
        addMilestone.addClickListener(e -> open("case.route.add",
                new FormLayout(milestone, variant, milestoneDate, byOrganisation, note),
                () -> onMilestone.accept(new RouteMilestone(null, milestone.getValue(), variant.getValue(),
                        milestoneDate.getValue(), byOrganisation.getValue() == null ? null : byOrganisation.getValue().id(),
                        null, note.getValue()))));
        add(new H3(getTranslation("case.risk")), risks, addRisk, new H3(getTranslation("case.route")), milestones,
                addMilestone);
    }

    private void open(String titleKey, FormLayout form, Runnable save) {
        dialog = new Dialog(getTranslation(titleKey));
        dialog.add(form);
        var saveButton = new Button(getTranslation("edit.save"), e -> save.run());
        saveButton.setId("route-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("edit.cancel"), e -> dialog.close()), saveButton);
        dialog.open();
    }

    void show(List<RiskAssessment> riskAssessments, List<RouteMilestone> routeMilestones, boolean mayAdd) {
        risks.setItems(riskAssessments);
        milestones.setItems(routeMilestones);
        addRisk.setVisible(mayAdd);
        addMilestone.setVisible(mayAdd);
    }

    java.util.Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return java.util.Map.of("instrument", instrument, "assessedOn", riskDate, "outcome", outcome,
                "assessedBy", assessedBy, "milestone", milestone, "variant", variant, "occurredOn", milestoneDate,
                "note", note);
    }
}
