package nl.zorgtafel.party;

/** A person working for a partner organisation. */
public record NewPerson(String displayName, String email, long organisationId) {
}
