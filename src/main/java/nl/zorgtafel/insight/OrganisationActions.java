package nl.zorgtafel.insight;

/**
 * Actions of one organisation whose deadline falls in the period: how many, how many done, done by
 * the deadline, and still open past it.
 */
public record OrganisationActions(String organisation, long total, long done, long onTime, long overdue) {

    /** Done by the deadline as a share of those done, or null when none is done. */
    public Integer onTimePercentage() {
        return done == 0 ? null : Math.round(100f * onTime / done);
    }

    /** Open past the deadline as a share of all, or null without actions. */
    public Integer overduePercentage() {
        return total == 0 ? null : Math.round(100f * overdue / total);
    }
}
