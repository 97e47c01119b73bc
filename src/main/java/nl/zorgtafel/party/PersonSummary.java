package nl.zorgtafel.party;

import java.util.List;

import nl.zorgtafel.security.TableRole;

/** One person in the Beheer list, with their role at each table (shown as words, never as codes). */
public record PersonSummary(long id, String displayName, String organisationName, String username, List<Role> roles,
        boolean active) {

    public PersonSummary {
        roles = List.copyOf(roles);
    }

    /** The person's role at one table, by the table's short code. */
    public record Role(String tableCode, TableRole role) {
    }
}
