package nl.zorgtafel.insight;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes a suppressed {@link Insight} as CSV for Dutch Excel: UTF-8 with a byte order mark (else
 * Excel reads "ö" as two characters), semicolons (Dutch Excel's list separator; the comma is the
 * decimal sign), every cell quoted, and cells that a spreadsheet would run as a formula (= + - @ tab
 * CR) defused with a leading apostrophe. Lines: section;category;value[;…].
 */
final class InsightCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final OutputStream stream;
    private final Writer out;
    private final UnaryOperator<String> words;

    InsightCsv(OutputStream stream, UnaryOperator<String> words) {
        this.stream = stream;
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        this.words = words;
    }

    void write(Insight insight) throws IOException {
        if (!insight.suppressed()) {
            throw new IllegalArgumentException("Only a suppressed copy may leave the table");
        }
        stream.write(BOM);
        line(words.apply("insight.csv.period"), insight.period().describe(), "");
        line(words.apply("insight.csv.scope"), words.apply(insight.installationWide() ? "insight.scope.all"
                : "insight.scope.table"), "");
        line(words.apply("insight.cases"), words.apply("insight.csv.total"), SmallCells.shown(insight.cases()));
        for (Breakdown b : insight.breakdowns()) {
            String title = words.apply(b.titleKey());
            for (Breakdown.Row r : b.rows()) {
                line(title, r.translate() ? words.apply(r.label()) : r.label(), r.shown());
            }
            // Where a case can count in several rows, the rows do not add up: the line says what it counts.
            line(title, words.apply(b.additive() ? "insight.csv.total" : "insight.csv.cases-total"),
                    b.totalShown(true));
        }
        line(words.apply("insight.lead.title"), words.apply("insight.csv.step"), words.apply("insight.lead.cases"),
                words.apply("insight.lead.median"), words.apply("insight.lead.p90"));
        for (LeadTime t : insight.leadTimes()) {
            line(words.apply("insight.lead.title"), words.apply(t.stepKey()),
                    t.casesShown(), days(t.medianDays()),
                    days(t.p90Days()));
        }
        String actions = words.apply("insight.actions.title");
        line(actions, words.apply("insight.actions.organisation"), words.apply("insight.actions.total"),
                words.apply("insight.actions.done"), words.apply("insight.actions.on-time"),
                words.apply("insight.actions.overdue"));
        for (OrganisationActions a : insight.actions()) {
            line(actions, a.organisation(), SmallCells.shown(a.total()), part(a.done(), a.total()),
                    part(a.onTime(), a.done()), part(a.overdue(), a.total()));
        }
        out.flush();
    }

    /** A part of a shown whole: hidden when it or the rest of the whole is 1–4 (the rest is whole − part). */
    static String part(long part, long whole) {
        if (SmallCells.small(whole)) {
            return SmallCells.HIDDEN;
        }
        return SmallCells.shown(List.of(part, whole - part), true).getFirst();
    }

    private static String days(Double days) {
        return days == null ? "" : String.format(java.util.Locale.of("nl", "NL"), "%.1f", days);
    }

    private void line(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
