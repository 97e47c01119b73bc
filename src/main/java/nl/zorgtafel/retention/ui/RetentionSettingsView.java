package nl.zorgtafel.retention.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.retention.RetentionPeriods;
import nl.zorgtafel.retention.RetentionService;
import nl.zorgtafel.retention.TableRetention;
import nl.zorgtafel.security.Roles;

/**
 * Beheer → Bewaartermijnen: the Beheerder sets each table's periods and the audit log's, and may
 * start a run at once (after a confirmation). Shows counts only, never case content.
 */
@Route("beheer/bewaartermijnen")
@Menu(order = 92, title = "nav.beheer-bewaartermijnen", icon = "vaadin:hourglass")
@RolesAllowed(Roles.BEHEERDER)
class RetentionSettingsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TableRetention> tables = new Grid<>();
    final IntegerField auditYears = new IntegerField();
    final Button saveAudit = new Button();
    final Button runNow = new Button();
    Dialog dialog;
    ConfirmDialog confirm;
    IntegerField declined;
    IntegerField closed;
    IntegerField consultation;

    private final RetentionService retention;
    private int auditVersion;

    RetentionSettingsView(RetentionService retention) {
        this.retention = retention;
        setSizeFull();
        tables.setId("retention-tables");
        // Table names often share their start ("Zorgtafel Mensenhandel …"): the whole name shows.
        tables.addColumn(TableRetention::tableName).setHeader(getTranslation("retention.table")).setAutoWidth(true)
                .setFlexGrow(3).setTooltipGenerator(TableRetention::tableName);
        tables.addColumn(t -> t.periods().declinedMonths()).setHeader(getTranslation("retention.declined-months"))
                .setAutoWidth(true).setFlexGrow(0);
        tables.addColumn(t -> t.periods().closedMonths()).setHeader(getTranslation("retention.closed-months"))
                .setAutoWidth(true).setFlexGrow(0);
        tables.addColumn(t -> t.periods().consultationMonths())
                .setHeader(getTranslation("retention.consultation-months")).setAutoWidth(true).setFlexGrow(0);
        tables.addComponentColumn(t -> {
            var edit = new Button(getTranslation("retention.edit"), e -> edit(t));
            edit.setId("retention-edit-" + t.tableId());
            edit.getElement().setAttribute("aria-label", getTranslation("retention.edit.for", t.tableName()));
            return edit;
        }).setKey("edit").setAutoWidth(true);
        tables.setItems(retention.settings());
        tables.setAllRowsVisible(true);
        tables.setEmptyStateText(getTranslation("beheer.tables.empty"));

        auditYears.setId("retention-audit-years");
        auditYears.setLabel(getTranslation("retention.audit-years"));
        auditYears.setHelperText(getTranslation("retention.audit-years.help", RetentionService.MIN_AUDIT_YEARS));
        auditYears.setStepButtonsVisible(true);
        auditYears.setWidth("26rem");
        var period = retention.auditPeriod();
        auditYears.setValue(period.years());
        auditVersion = period.version();
        saveAudit.setText(getTranslation("edit.save"));
        saveAudit.setId("retention-audit-save");
        saveAudit.addClickListener(e -> saveAuditYears());

        runNow.setText(getTranslation("retention.run-now"));
        runNow.setId("retention-run-now");
        runNow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        runNow.addClickListener(e -> confirmRun());

        var auditRow = new HorizontalLayout(auditYears, saveAudit);
        auditRow.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("nav.beheer-bewaartermijnen")), new Paragraph(getTranslation("retention.admin.explain")),
                tables, new H3(getTranslation("retention.audit")), auditRow,
                new H3(getTranslation("retention.run-now.title")), new Paragraph(getTranslation("retention.run-now.explain")),
                runNow);
    }

    private void edit(TableRetention table) {
        dialog = new Dialog(getTranslation("retention.edit.title", table.tableName()));
        declined = months("retention-declined", "retention.declined-months", RetentionPeriods.MIN_SHORT);
        closed = months("retention-closed", "retention.closed-months", RetentionPeriods.MIN_CLOSED);
        consultation = months("retention-consultation", "retention.consultation-months", RetentionPeriods.MIN_SHORT);
        var binder = new Binder<Months>();
        binder.forField(declined).asRequired(getTranslation("retention.rule.declined"))
                .bind(Months::getDeclined, Months::setDeclined);
        binder.forField(closed).asRequired(getTranslation("retention.rule.closed"))
                .bind(Months::getClosed, Months::setClosed);
        binder.forField(consultation).asRequired(getTranslation("retention.rule.consultation"))
                .bind(Months::getConsultation, Months::setConsultation);
        var months = new Months(table.periods());
        binder.readBean(months);
        var save = new Button(getTranslation("edit.save"), e -> {
            if (binder.writeBeanIfValid(months)) {
                FormFeedback.save(() -> retention.save(table.tableId(), months.periods(table.periods().version())),
                        dialog, Map.of("declinedMonths", declined, "closedMonths", closed,
                                "consultationMonths", consultation),
                        () -> tables.setItems(retention.settings()));
            }
        });
        save.setId("retention-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(new Paragraph(getTranslation("retention.edit.explain")), declined, closed,
                consultation));
        dialog.getFooter().add(new Button(getTranslation("edit.cancel"), e -> dialog.close()), save);
        dialog.open();
        declined.focus();
    }

    private IntegerField months(String id, String labelKey, int min) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setHelperText(getTranslation("retention.months.help", min, RetentionPeriods.MAX_MONTHS));
        field.setStepButtonsVisible(true);
        field.setWidthFull();
        return field;
    }

    private void saveAuditYears() {
        try {
            retention.saveAuditPeriod(new RetentionService.AuditPeriod(
                    auditYears.getValue() == null ? 0 : auditYears.getValue(), auditVersion));
            auditVersion = retention.auditPeriod().version();
            auditYears.setInvalid(false);
            FormFeedback.notify(this, getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (FieldRefusal e) {
            FormFeedback.show(e, Map.of("auditYears", auditYears), this);
        } catch (StaleEdit e) {
            FormFeedback.notify(this, getTranslation("edit.conflict"), NotificationVariant.LUMO_ERROR);
        }
    }

    private void confirmRun() {
        confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("retention.run-now.title"));
        confirm.setText(getTranslation("retention.run-now.confirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("edit.cancel"));
        confirm.setConfirmText(getTranslation("retention.run-now"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            var summary = retention.run(false);
            FormFeedback.notify(this, getTranslation("retention.run-now.done", summary.casesPurged(),
                    summary.consultationsPurged(), summary.held(), summary.auditEntriesDeleted()),
                    NotificationVariant.LUMO_SUCCESS);
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.beheer-bewaartermijnen");
    }

    /** The dialog's bean: the three periods in months. */
    static final class Months {
        private Integer declined;
        private Integer closed;
        private Integer consultation;

        Months(RetentionPeriods periods) {
            declined = periods.declinedMonths();
            closed = periods.closedMonths();
            consultation = periods.consultationMonths();
        }

        RetentionPeriods periods(int version) {
            return new RetentionPeriods(declined, closed, consultation, version);
        }

        Integer getDeclined() {
            return declined;
        }

        void setDeclined(Integer declined) {
            this.declined = declined;
        }

        Integer getClosed() {
            return closed;
        }

        void setClosed(Integer closed) {
            this.closed = closed;
        }

        Integer getConsultation() {
            return consultation;
        }

        void setConsultation(Integer consultation) {
            this.consultation = consultation;
        }
    }
}
