package nl.zorgtafel.base.chart;

import java.util.Locale;

import nl.zorgtafel.base.chart.ChartData.Entry;
import nl.zorgtafel.base.pdf.Xhtml;

/**
 * The chart for a PDF page through {@code base.pdf.PdfRenderer}: the same PNG as on screen, as a
 * data URI (openhtmltopdf draws PNG without extra modules; SVG would need its Batik module), with
 * the data table below it so the numbers are text in the PDF too.
 */
public final class ChartXhtml {

    /** Width on paper; fits A4 portrait between the documents' margins. */
    private static final double WIDTH_CM = 16;
    private static final ChartRenderer RENDERER = new ChartRenderer();

    private ChartXhtml() {
    }

    /** An XHTML fragment (one {@code div}) for the body of a document in {@code locale}. */
    public static String fragment(ChartData data, ChartText text, Locale locale) {
        return fragment(data, text, locale, true);
    }

    /** @param withTitle false where a heading above the fragment already carries the chart's title */
    public static String fragment(ChartData data, ChartText text, Locale locale, boolean withTitle) {
        var png = RENDERER.png(data, withTitle, locale);
        double heightCm = WIDTH_CM * png.height() / png.width();
        var html = new StringBuilder("<div class=\"chart\">");
        html.append("<img src=\"").append(png.dataUri()).append("\" alt=\"").append(escape(ChartSummary.of(data, text)))
                .append(String.format(Locale.ROOT, "\" style=\"width: %.2fcm; height: %.2fcm\"/>", WIDTH_CM, heightCm));
        html.append("<table class=\"chart-table\"><caption>").append(escape(data.title())).append("</caption>")
                .append("<thead><tr><th scope=\"col\">").append(escape(data.categoryAxisLabel()))
                .append("</th><th scope=\"col\">").append(escape(data.valueAxisLabel())).append("</th></tr></thead><tbody>");
        for (Entry entry : data.entries()) {
            html.append("<tr><th scope=\"row\">").append(escape(entry.label())).append("</th><td>")
                    .append(escape(entry.shown())).append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    static String escape(String text) {
        return Xhtml.text(text);
    }
}
