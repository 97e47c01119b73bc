package nl.zorgtafel.retention.ui;


import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.retention.PurgeCandidate;
import nl.zorgtafel.retention.PurgeLine;
import nl.zorgtafel.retention.PurgeRun;
import nl.zorgtafel.retention.RetentionService;
import nl.zorgtafel.security.Roles;

/**
 * Bewaartermijnen: what the next run of the retention job would purge at this table (and what it
 * skips because of a bewaarplicht), and the reports of earlier runs. Chair and secretary see the
 * whole table; a member sees only the cases their organisation brought in.
 */
@Route("bewaartermijnen")
@Menu(order = 80, title = "nav.bewaartermijnen", icon = "vaadin:hourglass")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
class RetentionView extends VerticalLayout implements HasDynamicTitle {


    final Paragraph periods = new Paragraph();
    final Grid<PurgeCandidate> preview = new Grid<>();
    final Span consultations = new Span();
    final ComboBox<PurgeRun> run = new ComboBox<>();
    final Grid<PurgeLine> report = new Grid<>();

    private final RetentionService retention;

    RetentionView(RetentionService retention) {
        this.retention = retention;
        var p = retention.periods();
        periods.setId("retention-periods");
        periods.setText(getTranslation("retention.periods", p.declinedMonths(), p.closedMonths(),
                p.consultationMonths()));

        preview.setId("retention-preview");
        preview.addColumn(PurgeCandidate::code).setHeader(getTranslation("retention.code")).setAutoWidth(true);
        preview.addColumn(c -> getTranslation("retention.phase." + c.phase())).setHeader(getTranslation("retention.phase"))
                .setAutoWidth(true);
        preview.addColumn(PurgeCandidate::responsibleOrganisation).setHeader(getTranslation("retention.responsible"))
                .setFlexGrow(2).setTooltipGenerator(PurgeCandidate::responsibleOrganisation);
        preview.addColumn(c -> c.since() == null ? "" : Dates.day(c.since())).setHeader(getTranslation("retention.since"));
        preview.addColumn(c -> c.heldDays() == 0 ? "" : getTranslation("retention.held-days", c.heldDays()))
                .setHeader(getTranslation("retention.moved"));
        preview.addComponentColumn(c -> outcome(c.held()))
                .setHeader(getTranslation("retention.outcome")).setAutoWidth(true);
        preview.addColumn(c -> c.held() ? c.holdRequestedBy() : "").setHeader(getTranslation("retention.hold-by"))
                .setFlexGrow(2);
        preview.setItems(q -> retention.preview(q.getOffset(), q.getLimit()).stream(), q -> retention.previewCount());
        preview.setEmptyStateText(getTranslation("retention.preview.empty"));
        preview.setAllRowsVisible(true);
        consultations.setId("retention-preview-consultations");
        int due = retention.previewConsultations();
        consultations.setText(getTranslation("retention.preview.consultations", due));

        run.setId("retention-run");
        run.setLabel(getTranslation("retention.report.run"));
        run.setItems(retention.runs());
        run.setItemLabelGenerator(r -> getTranslation(r.dryRun() ? "retention.run.label.dry" : "retention.run.label",
                Dates.moment(r.startedAt()), r.purged(), r.held()));
        run.setClearButtonVisible(true);
        run.setPlaceholder(getTranslation("retention.report.all-runs"));
        run.setWidth("28rem");
        run.addValueChangeListener(e -> report.getDataProvider().refreshAll());

        report.setId("retention-report");
        report.addColumn(l -> Dates.moment(l.runAt()) + (l.dryRun() ? " · " + getTranslation("retention.dry") : ""))
                .setHeader(getTranslation("retention.report.when")).setAutoWidth(true);
        report.addColumn(PurgeLine::code).setHeader(getTranslation("retention.code")).setAutoWidth(true);
        report.addColumn(l -> getTranslation("retention.phase." + l.phase())).setHeader(getTranslation("retention.phase"))
                .setAutoWidth(true);
        report.addColumn(PurgeLine::responsibleOrganisation).setHeader(getTranslation("retention.responsible"))
                .setFlexGrow(2).setTooltipGenerator(PurgeLine::responsibleOrganisation);
        report.addComponentColumn(l -> l.held() ? outcome(true)
                : badge(getTranslation(l.dryRun() ? "retention.would-purge" : "retention.purged"), "contrast"))
                .setHeader(getTranslation("retention.outcome")).setAutoWidth(true);
        report.addColumn(l -> l.held() ? l.holdRequestedBy() : "").setHeader(getTranslation("retention.hold-by"))
                .setFlexGrow(2);
        report.setHeight("30rem");
        report.setItems(q -> retention.report(runId(), q.getOffset(), q.getLimit()).stream(),
                q -> retention.reportCount(runId()));
        report.setEmptyStateText(getTranslation("retention.report.empty"));

        add(new H2(getTranslation("nav.bewaartermijnen")), periods,
                new H3(getTranslation("retention.preview.title")),
                new Paragraph(getTranslation("retention.preview.explain")), preview, consultations,
                new H3(getTranslation("retention.report.title")), run, report);
    }

    private Long runId() {
        return run.getValue() == null ? null : run.getValue().id();
    }

    private Span outcome(boolean held) {
        return held ? badge(getTranslation("hold.badge"), "error")
                : badge(getTranslation("retention.will-purge"), "contrast");
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.bewaartermijnen");
    }
}
