package nl.zorgtafel.retention;

/** A table with its retention periods, for the Beheerder. */
public record TableRetention(long tableId, String tableName, RetentionPeriods periods) {
}
