package nl.zorgtafel.action;

/** Accountability per organisation: open and overdue actions, and the share of finished ones done on time. */
public record OrganisationScore(long organisationId, String organisationName, int open, int overdue, int finished,
        int finishedOnTime) {

    /** Percentage of finished actions done by their deadline, or null when none finished yet. */
    public Integer onTimePercentage() {
        return finished == 0 ? null : Math.round(100f * finishedOnTime / finished);
    }
}
