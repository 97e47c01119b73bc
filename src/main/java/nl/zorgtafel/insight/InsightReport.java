package nl.zorgtafel.insight;

import static nl.zorgtafel.base.pdf.Xhtml.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.zorgtafel.base.chart.ChartText;
import nl.zorgtafel.base.chart.ChartXhtml;
import nl.zorgtafel.base.pdf.PdfRenderer;

/**
 * The period's report for the municipality and the regional steering group, as XHTML for
 * {@link PdfRenderer} (PDF/A like the minutes): per indicator a short Dutch explanation, the chart
 * and its numbers as a table. Only a suppressed {@link Insight} is accepted, so every cell of 1–4
 * reads "<5" and every cell that would reveal one "x".
 */
final class InsightReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final ChartText words;
    private final Locale locale;

    InsightReport(ChartText words, Locale locale) {
        this.words = words;
        this.locale = locale;
    }

    /** @param tableName the table's name, or null for all tables together */
    String html(Insight insight, String tableName, LocalDate producedOn) {
        if (!insight.suppressed()) {
            throw new IllegalArgumentException("Only a suppressed copy may leave the table");
        }
        String title = words.get("insight.report.title." + insight.period().kind());
        String scope = tableName == null ? words.get("insight.scope.all") : tableName;
        var body = new StringBuilder();
        body.append("<h1>").append(text(title)).append("</h1>")
                .append("<p class=\"lead\">").append(text(words.get("insight.report.subtitle", scope,
                        insight.period().describe()))).append("</p>")
                .append("<p>").append(text(words.get("insight.report.intro"))).append("</p>")
                .append("<p><strong>").append(text(words.get("insight.report.cases",
                        SmallCells.shown(insight.cases())))).append("</strong></p>");
        for (Breakdown b : insight.breakdowns()) {
            body.append("<div class=\"indicator\"><h2>").append(text(words.get(b.titleKey()))).append("</h2><p>")
                    .append(text(words.get("insight.report.explain." + suffix(b.titleKey())))).append("</p>");
            body.append(b.empty() ? "<p>" + text(words.get("insight.section.empty")) + "</p>"
                    : ChartXhtml.fragment(InsightCharts.of(b, words), words, locale, false));
            body.append("</div>");
        }
        leadTimes(insight, body);
        if (!insight.installationWide()) {
            actions(insight, body);
        }
        body.append("<p class=\"produced\">").append(text(words.get("insight.report.produced",
                DAY.format(producedOn)))).append("</p>");
        return document(title, body);
    }

    private void leadTimes(Insight insight, StringBuilder body) {
        body.append("<div class=\"indicator\"><h2>").append(text(words.get("insight.lead.title"))).append("</h2><p>")
                .append(text(words.get("insight.report.explain.lead"))).append("</p>");
        if (insight.leadTimes().stream().anyMatch(t -> t.cases() != 0)) {
            body.append(ChartXhtml.fragment(InsightCharts.leadTimes(insight.leadTimes(), words, locale), words, locale,
                    false));
        }
        body.append("<table class=\"figures\"><thead><tr>");
        header(body, "insight.csv.step", "insight.lead.cases", "insight.lead.median", "insight.lead.p90");
        body.append("</tr></thead><tbody>");
        for (LeadTime t : insight.leadTimes()) {
            row(body, words.get(t.stepKey()), t.casesShown(),
                    days(t.medianDays()), days(t.p90Days()));
        }
        body.append("</tbody></table></div>");
    }

    private void actions(Insight insight, StringBuilder body) {
        body.append("<div class=\"indicator\"><h2>").append(text(words.get("insight.actions.title"))).append("</h2><p>")
                .append(text(words.get("insight.actions.note"))).append("</p>");
        if (insight.actions().isEmpty()) {
            body.append("<p>").append(text(words.get("insight.actions.empty"))).append("</p></div>");
            return;
        }
        body.append("<table class=\"figures\"><thead><tr>");
        header(body, "insight.actions.organisation", "insight.actions.total", "insight.actions.done",
                "insight.actions.on-time", "insight.actions.overdue");
        body.append("</tr></thead><tbody>");
        for (OrganisationActions a : insight.actions()) {
            // The same cell rules as the CSV: a part is hidden with a small rest of its whole.
            row(body, a.organisation(), SmallCells.shown(a.total()), InsightCsv.part(a.done(), a.total()),
                    InsightCsv.part(a.onTime(), a.done()), InsightCsv.part(a.overdue(), a.total()));
        }
        body.append("</tbody></table></div>");
    }

    private void header(StringBuilder body, String... keys) {
        for (String key : keys) {
            body.append("<th scope=\"col\">").append(text(words.get(key))).append("</th>");
        }
    }

    private static void row(StringBuilder body, String label, String... cells) {
        body.append("<tr><th scope=\"row\">").append(text(label)).append("</th>");
        for (String cell : cells) {
            body.append("<td>").append(text(cell)).append("</td>");
        }
        body.append("</tr>");
    }

    private String days(Double value) {
        return value == null ? "–" : words.get("insight.days", String.format(locale, "%.1f", value));
    }

    private static String suffix(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private String document(String title, StringBuilder body) {
        String pages = words.get("insight.report.page", "\" counter(page) \"", "\" counter(pages) \"");
        String header = text(words.get("insight.report.header").replace("\"", "'"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
                + locale.getLanguage() + "\"><head><title>" + text(title) + "</title><style>"
                + "@page { size: A4; margin: 22mm 20mm 22mm 20mm; @top-center { content: \"" + header + "\"; "
                + "font-family: '" + PdfRenderer.FONT + "'; font-size: 8pt; } @bottom-right { content: \"" + pages
                + "\"; font-family: '" + PdfRenderer.FONT + "'; font-size: 8pt; } }"
                + "body { font-family: '" + PdfRenderer.FONT + "'; font-size: 10pt; line-height: 1.35; }"
                + "h1 { font-size: 16pt; margin-bottom: 2pt; } h2 { font-size: 12pt; margin: 14pt 0 4pt 0; }"
                + "p.lead { font-size: 11pt; margin-top: 0; } .indicator { page-break-inside: avoid; }"
                + "table { border-collapse: collapse; margin-top: 4pt; }"
                + "th, td { text-align: left; vertical-align: top; padding: 2pt 8pt 2pt 0; border-bottom: 0.5pt solid #999999; }"
                + "table.figures { width: 100%; } caption { text-align: left; font-weight: bold; }"
                + "p.produced { margin-top: 18pt; font-size: 8.5pt; }"
                + "</style></head><body>" + body + "</body></html>";
    }
}
