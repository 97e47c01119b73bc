package nl.zorgtafel.base.chart;

import java.util.Comparator;

import nl.zorgtafel.base.chart.ChartData.Entry;
import nl.zorgtafel.base.chart.ChartData.Kind;

/**
 * The chart in one or two sentences, for the picture's text alternative (screen readers, and
 * anyone whose picture does not load). It names only shown texts, and picks the highest bar among
 * the entries that are not suppressed, so a hidden small count cannot leak through the summary.
 */
final class ChartSummary {

    private ChartSummary() {
    }

    static String of(ChartData data, ChartText text) {
        if (data.entries().isEmpty()) {
            return text.get("chart.summary.empty", data.title());
        }
        var shown = data.entries().stream().filter(e -> !e.suppressed()).toList();
        if (shown.isEmpty()) {
            return text.get("chart.summary.none", data.title());
        }
        if (data.kind() == Kind.LINE) {
            Entry first = data.entries().getFirst();
            Entry last = data.entries().getLast();
            return text.get("chart.summary.line", data.title(), data.entries().size(),
                    first.label(), first.shown(), last.label(), last.shown());
        }
        Entry highest = shown.stream().max(Comparator.comparingDouble(Entry::value)).orElseThrow();
        return text.get("chart.summary.bar", data.title(), data.entries().size(), highest.label(), highest.shown());
    }
}
