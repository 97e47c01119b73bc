package nl.zorgtafel.insight;

import java.util.List;

/**
 * The insight read model of one period, read in one transaction.
 *
 * @param installationWide all tables together (the Beheerder's view), always suppressed
 * @param suppressed       small cells are already hidden in this copy
 * @param cases            cases submitted in the period
 * @param breakdowns       counts per dimension, also repeat cases, consultations and milestones
 * @param leadTimes        median and p90 per step
 * @param actions          action figures per organisation; exports show each figure through {@link SmallCells}
 */
public record Insight(InsightPeriod period, boolean installationWide, boolean suppressed, long cases,
        List<Breakdown> breakdowns, List<LeadTime> leadTimes, List<OrganisationActions> actions) {

    public Insight {
        breakdowns = List.copyOf(breakdowns);
        leadTimes = List.copyOf(leadTimes);
        actions = List.copyOf(actions);
    }

    /** The copy that may leave the table. */
    public Insight suppressedCopy() {
        if (suppressed) {
            return this;
        }
        return new Insight(period, installationWide, true, cases,
                breakdowns.stream().map(Breakdown::suppressed).toList(),
                leadTimes.stream().map(LeadTime::suppressed).toList(), actions);
    }

    public Breakdown breakdown(String titleKey) {
        return breakdowns.stream().filter(b -> b.titleKey().equals(titleKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(titleKey));
    }
}
