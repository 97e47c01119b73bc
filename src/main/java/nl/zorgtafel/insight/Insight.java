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
        List<Breakdown> hidden = new java.util.ArrayList<>();
        boolean casesDropped = false;
        for (Breakdown b : breakdowns) {
            Breakdown copy = b.suppressed();
            // The number of cases is the total of most breakdowns: where one drops it, it goes everywhere.
            casesDropped |= copy.totalDropped() && b.total() == cases;
            hidden.add(copy);
        }
        if (casesDropped) {
            hidden = hidden.stream().map(b -> b.total() == cases ? new Breakdown(b.titleKey(), b.additive(), -1,
                    b.rows()) : b).toList();
        }
        return new Insight(period, installationWide, true, casesDropped ? -1 : cases, hidden,
                leadTimes.stream().map(LeadTime::suppressed).toList(), actions);
    }

    public Breakdown breakdown(String titleKey) {
        return breakdowns.stream().filter(b -> b.titleKey().equals(titleKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(titleKey));
    }
}
