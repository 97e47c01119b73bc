package nl.zorgtafel.party;

/**
 * The first Beheerder of an installation, as the first-start command made them: their person,
 * organisation, and the one-time link (24 hours) to choose a password, to be shown once.
 */
public record FirstAdministrator(long personId, long organisationId, String passwordLink) {
}
