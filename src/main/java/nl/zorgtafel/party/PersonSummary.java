package nl.zorgtafel.party;

/** One person in the Beheer list. */
public record PersonSummary(long id, String displayName, String organisationName, String username, String roles,
        boolean active) {
}
