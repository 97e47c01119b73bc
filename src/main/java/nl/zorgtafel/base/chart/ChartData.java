package nl.zorgtafel.base.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, assembled before it is drawn: the same data feeds the picture, its text
 * summary and the data table, so they cannot disagree. No personal data belongs here: labels are
 * categories (organisations, age bands, periods), values are counts or shares.
 *
 * @param title             the chart's title, also the table's caption
 * @param categoryAxisLabel what the labels are (also the first column's header)
 * @param valueAxisLabel    what the values are (also the second column's header)
 * @param kind              bars per category, or a line over periods
 * @param entries           in the order they are shown; labels unique
 */
public record ChartData(String title, String categoryAxisLabel, String valueAxisLabel, Kind kind,
        List<Entry> entries) {

    public enum Kind {
        /** Horizontal bars: long Dutch labels stay readable on the left. */
        BAR,
        /** A line over periods, left to right; a suppressed period leaves a gap. */
        LINE
    }

    public ChartData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryAxisLabel, "categoryAxisLabel");
        Objects.requireNonNull(valueAxisLabel, "valueAxisLabel");
        Objects.requireNonNull(kind, "kind");
        entries = List.copyOf(entries);
        var labels = new HashSet<String>();
        for (Entry entry : entries) {
            // The chart keys its data by label: a repeated label would silently merge two bars.
            if (!labels.add(entry.label())) {
                throw new IllegalArgumentException("Repeated chart label: " + entry.label());
            }
        }
    }

    public static ChartData bars(String title, String categoryAxisLabel, String valueAxisLabel, List<Entry> entries) {
        return new ChartData(title, categoryAxisLabel, valueAxisLabel, Kind.BAR, entries);
    }

    public static ChartData overTime(String title, String periodAxisLabel, String valueAxisLabel, List<Entry> entries) {
        return new ChartData(title, periodAxisLabel, valueAxisLabel, Kind.LINE, entries);
    }

    /**
     * One category or period.
     *
     * @param label the category or period as people read it
     * @param value the value to draw; never drawn, nor used in any summary, when suppressed
     * @param shown the value as text, in the table and next to the bar; a text starting with
     *              {@code <} (as in {@code <5}) marks a small count that must not be revealed, and
     *              {@code x} a count hidden so that a small one cannot be worked out
     */
    public record Entry(String label, double value, String shown) {

        public Entry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(shown, "shown");
        }

        /** A count shown as it is. */
        public static Entry count(String label, long value) {
            return new Entry(label, value, Long.toString(value));
        }

        /** A small count that is shown only as {@code shown} (such as {@code <5}), never as its value. */
        public static Entry suppressed(String label, String shown) {
            if (!hides(shown)) {
                throw new IllegalArgumentException("A suppressed value is shown as \"<n\" or \"x\", not " + shown);
            }
            return new Entry(label, Double.NaN, shown);
        }

        public boolean suppressed() {
            return hides(shown);
        }

        /** "<5" for a small count, "x" for one hidden so that a small one cannot be worked out. */
        private static boolean hides(String shown) {
            return shown.startsWith("<") || "x".equals(shown);
        }
    }
}
