package nl.zorgtafel.casefile;

/**
 * The columns the case list can be sorted by, in SQL before paging. Urgency and status sort in
 * their natural order (acuut above hoog, the lifecycle in its steps), not alphabetically.
 */
public enum CaseSort {
    CODE, STATUS, URGENCY, AGE, PROPOSER, SUBMITTED;

    /** One sort of a list request. */
    public record Order(CaseSort sort, boolean descending) {
    }
}
