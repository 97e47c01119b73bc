package nl.zorgtafel.security;

/**
 * Which retention lines of a table a screen may show, for filtering in SQL: all of the table
 * (chair, secretary) or only those of cases the organisation brought in (its verantwoordelijke
 * partner).
 */
public record RetentionScope(long tableId, boolean allOfTable, long organisationId) {
}
