package nl.zorgtafel.insight;

import java.util.List;

/**
 * One titled set of counts, ready for a table or a chart: category labels, values and, for copies
 * that leave the table, the text shown per cell ("<5" for a small count, "x" for one hidden with it).
 *
 * @param titleKey translation key of the title
 * @param additive the rows partition {@code total} (one category per case), so secondary
 *                 suppression applies; false where a case can count in several rows
 * @param total    cases the breakdown is about (the period's submitted cases, or consultations)
 * @param rows     every category, also those at 0, in a fixed order
 */
public record Breakdown(String titleKey, boolean additive, long total, List<Row> rows) {

    /** The title key of the cases per month (or year): a line over time rather than bars. */
    public static final String OVER_TIME = "insight.by.period";

    /**
     * @param label     a translation key when {@code translate}, else a name (municipality, organisation)
     * @param shown     the count as text, "<5" or "x" where a suppressed copy hides it (count -1)
     */
    public record Row(String label, boolean translate, long count, String shown) {
    }

    public Breakdown {
        rows = List.copyOf(rows);
    }

    public List<Long> values() {
        return rows.stream().map(Row::count).toList();
    }

    public boolean empty() {
        return rows.stream().allMatch(r -> r.count() == 0);
    }

    /** A copy in which small cells show as "<5" and their complements as "x"; hidden counts become -1. */
    public Breakdown suppressed() {
        List<String> texts = SmallCells.shown(values(), additive);
        List<Row> hidden = new java.util.ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean hide = SmallCells.HIDDEN.equals(texts.get(i)) || SmallCells.CONFIDENTIAL.equals(texts.get(i));
            // A hidden cell's number is dropped, so nothing downstream can show it by mistake.
            hidden.add(new Row(r.label(), r.translate(), hide ? -1 : r.count(), texts.get(i)));
        }
        // A total that still pins the hidden cells down is dropped as well (-1, shown as "x").
        boolean totalReveals = additive && SmallCells.totalReveals(values());
        return new Breakdown(titleKey, additive, totalReveals ? -1 : total, hidden);
    }

    /** The total as it may be shown in this copy. */
    public String totalShown(boolean suppressedCopy) {
        return suppressedCopy ? SmallCells.shown(total) : Long.toString(total);
    }

    /** In a suppressed copy: the total was dropped because it would reveal hidden cells. */
    public boolean totalDropped() {
        return total < 0;
    }

    static Row row(String label, boolean translate, long count) {
        return new Row(label, translate, count, Long.toString(count));
    }
}
