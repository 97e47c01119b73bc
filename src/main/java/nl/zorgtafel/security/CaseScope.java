package nl.zorgtafel.security;

/**
 * Which cases of a table a list may show, for filtering in SQL: all of them (chair, secretary)
 * or only those the organisation is involved in (proposer, agenda-item deelnemer, action owner),
 * the same rule as {@link AccessRule}.
 */
public record CaseScope(long tableId, boolean allOfTable, long organisationId) {
}
