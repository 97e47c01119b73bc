package nl.zorgtafel.insight;

import java.util.List;
import java.util.Locale;

import nl.zorgtafel.base.chart.ChartData;
import nl.zorgtafel.base.chart.ChartData.Entry;
import nl.zorgtafel.base.chart.ChartText;

/**
 * The charts of an {@link Insight}, the same on screen and in the quarterly report: each breakdown
 * as bars (the cases per month as a line), the lead times as bars of their medians. A hidden cell
 * ("<5" or "x") becomes a suppressed entry, so neither picture, summary nor table can reveal it.
 */
public final class InsightCharts {

    private InsightCharts() {
    }

    public static ChartData of(Breakdown breakdown, ChartText words) {
        List<Entry> entries = breakdown.rows().stream().map(r -> {
            String label = r.translate() ? words.get(r.label()) : r.label();
            return r.count() < 0 ? Entry.suppressed(label, r.shown())
                    : Entry.count(label, r.count());
        }).toList();
        String title = words.get(breakdown.titleKey());
        return Breakdown.OVER_TIME.equals(breakdown.titleKey())
                ? ChartData.overTime(title, words.get("insight.chart.period"), words.get("insight.chart.cases"), entries)
                : ChartData.bars(title, words.get("insight.category"), words.get("insight.chart.cases"), entries);
    }

    /** Median days per step that cases took; a step of fewer than five cases in a suppressed copy shows "<5 casussen". */
    public static ChartData leadTimes(List<LeadTime> times, ChartText words, Locale locale) {
        List<Entry> entries = times.stream().filter(t -> t.cases() != 0).map(t -> {
            String label = words.get(t.stepKey());
            // "<5" alone would read as under five days here.
            return t.medianDays() == null ? Entry.suppressed(label, words.get("insight.lead.too-few"))
                    : new Entry(label, t.medianDays(),
                            words.get("insight.days", String.format(locale, "%.1f", t.medianDays())));
        }).toList();
        return ChartData.bars(words.get("insight.lead.chart"), words.get("insight.csv.step"),
                words.get("insight.lead.median-days"), entries);
    }
}
