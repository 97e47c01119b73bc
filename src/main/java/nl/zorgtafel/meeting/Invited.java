package nl.zorgtafel.meeting;

import java.util.Set;

/** The organisations and people a session invites beyond the table's members. */
public record Invited(Set<Long> organisationIds, Set<Long> personIds) {
}
