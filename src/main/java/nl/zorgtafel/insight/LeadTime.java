package nl.zorgtafel.insight;

/**
 * One step of a case's way through the table, over the period's cases that took it: how many,
 * and the median and 90th percentile in days (null when no case took the step).
 *
 * @param stepKey translation key: insight.lead.TRIAGE (aangemeld → triage), DISCUSSION (triage →
 *                eerste bespreking), CLOSING (eerste bespreking → afgesloten), TOTAL (aangemeld → afgesloten)
 */
public record LeadTime(String stepKey, long cases, Double medianDays, Double p90Days) {

    /** The number of cases as shown: "<5" where a suppressed copy dropped it. */
    public String casesShown() {
        return cases < 0 ? SmallCells.HIDDEN : Long.toString(cases);
    }

    /** A copy that may leave the table: fewer than five cases show no times (one case's time is its own). */
    public LeadTime suppressed() {
        return SmallCells.small(cases) ? new LeadTime(stepKey, -1, null, null) : this;
    }
}
