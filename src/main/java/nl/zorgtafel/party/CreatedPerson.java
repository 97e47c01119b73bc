package nl.zorgtafel.party;

/** A newly registered person and the temporary password to hand over (shown once). */
public record CreatedPerson(long id, String temporaryPassword) {
}
