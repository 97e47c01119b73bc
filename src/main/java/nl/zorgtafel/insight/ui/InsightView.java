package nl.zorgtafel.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.chart.ChartCard;
import nl.zorgtafel.insight.Breakdown;
import nl.zorgtafel.insight.Insight;
import nl.zorgtafel.insight.InsightCharts;
import nl.zorgtafel.insight.InsightPeriod;
import nl.zorgtafel.insight.InsightService;
import nl.zorgtafel.insight.LeadTime;
import nl.zorgtafel.insight.OrganisationActions;
import nl.zorgtafel.insight.SmallCells;
import nl.zorgtafel.security.Roles;

/**
 * Inzicht: the table's figures of a period for its chair and secretary; a Beheerder sees the totals
 * of all tables with small cells hidden. Counts only, never a case.
 */
@Route("inzicht")
@Menu(order = 40, title = "nav.inzicht", icon = "vaadin:chart")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.BEHEERDER})
class InsightView extends VerticalLayout implements HasDynamicTitle {

    final PeriodPicker period;
    final Paragraph intro = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Anchor export;
    final Anchor report;
    final Div sections = new Div();
    final Grid<LeadTime> leadTimes = new Grid<>();
    final Grid<OrganisationActions> actions = new Grid<>();
    private final InsightService insights;
    private InsightPeriod shown;

    InsightView(InsightService insights) {
        this.insights = insights;
        period = new PeriodPicker(insights.today(), this::show);
        intro.setId("insight-intro");
        summary.setId("insight-summary");
        sections.setId("insight-sections");
        export = new Anchor((DownloadHandler) event -> {
            event.setFileName("inzicht.csv");
            event.setContentType("text/csv; charset=UTF-8");
            insights.exportCsv(shown, event.getOutputStream());
        }, getTranslation("insight.export"));
        export.setId("insight-export");
        report = new Anchor((DownloadHandler) event -> {
            event.setFileName("inzicht-rapportage.pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(insights.reportPdf(shown));
        }, getTranslation("insight.report.download"));
        report.setId("insight-report");
        leadTimes.setId("insight-lead-times");
        leadTimes.addColumn(t -> getTranslation(t.stepKey())).setHeader(getTranslation("insight.csv.step")).setFlexGrow(3);
        leadTimes.addColumn(LeadTime::casesShown).setHeader(getTranslation("insight.lead.cases"));
        leadTimes.addColumn(t -> days(t.medianDays())).setHeader(getTranslation("insight.lead.median"));
        leadTimes.addColumn(t -> days(t.p90Days())).setHeader(getTranslation("insight.lead.p90"));
        leadTimes.setAllRowsVisible(true);
        actions.setId("insight-actions");
        actions.addColumn(OrganisationActions::organisation).setHeader(getTranslation("insight.actions.organisation"))
                .setFlexGrow(3);
        actions.addColumn(OrganisationActions::total).setHeader(getTranslation("insight.actions.total"));
        actions.addColumn(OrganisationActions::done).setHeader(getTranslation("insight.actions.done"));
        actions.addColumn(a -> percent(a.onTimePercentage())).setHeader(getTranslation("insight.actions.on-time-share"));
        actions.addColumn(a -> percent(a.overduePercentage())).setHeader(getTranslation("insight.actions.overdue-share"));
        actions.setAllRowsVisible(true);
        actions.setEmptyStateText(getTranslation("insight.actions.empty"));
        add(new H2(getTranslation("nav.inzicht")), intro, period,
                new HorizontalLayout(export, report), summary, sections);
        show(period.value());
    }

    private void show(InsightPeriod chosen) {
        if (chosen == null) {
            return;
        }
        shown = chosen;
        Insight insight = insights.insight(chosen);
        intro.setText(getTranslation(insight.installationWide() ? "insight.intro.all" : "insight.intro"));
        String total = insight.suppressed() ? SmallCells.shown(insight.cases())
                : Long.toString(insight.cases());
        summary.setText(getTranslation(insight.installationWide() ? "insight.summary.all" : "insight.summary.table",
                chosen.describe(), total));
        sections.removeAll();
        if (insight.cases() == 0) {
            var none = new Paragraph(getTranslation("insight.empty"));
            none.setId("insight-empty");
            sections.add(none);
        }
        insight.breakdowns().forEach(b -> sections.add(breakdown(b)));
        leadTimes.setItems(insight.leadTimes());
        var leadSection = titled("insight-lead", "insight.lead.title", leadTimes, "insight.lead.note");
        if (insight.leadTimes().stream().anyMatch(t -> t.cases() != 0)) {
            leadSection.addComponentAtIndex(2, new ChartCard("insight-lead-chart",
                    InsightCharts.leadTimes(insight.leadTimes(), this::getTranslation, getLocale())));
        }
        sections.add(leadSection);
        if (!insight.installationWide()) {
            actions.setItems(insight.actions());
            sections.add(titled("insight-action-figures", "insight.actions.title", actions, "insight.actions.note"));
        }
    }

    /** A chart with its data table behind a toggle, or the title and a line saying there is nothing. */
    private Component breakdown(Breakdown breakdown) {
        String id = "insight-" + breakdown.titleKey().substring(breakdown.titleKey().lastIndexOf('.') + 1);
        if (!breakdown.empty()) {
            return new ChartCard(id, InsightCharts.of(breakdown, this::getTranslation));
        }
        var title = new H3(getTranslation(breakdown.titleKey()));
        title.setId(id + "-title");
        var none = new Paragraph(getTranslation("insight.section.empty"));
        none.setId(id + "-empty");
        var section = new Section(title, none);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        return section;
    }

    private Section titled(String id, String titleKey, Grid<?> grid, String noteKey) {
        var title = new H3(getTranslation(titleKey));
        title.setId(id + "-title");
        var section = new Section(title, new Paragraph(getTranslation(noteKey)), grid);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        return section;
    }

    private String days(Double value) {
        return value == null ? "–" : getTranslation("insight.days", String.format(getLocale(), "%.1f", value));
    }

    private static String percent(Integer value) {
        return value == null ? "–" : value + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inzicht");
    }
}
