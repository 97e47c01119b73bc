package nl.zorgtafel.party;

import java.util.Map;

import nl.zorgtafel.security.TableRole;

/**
 * A person as edited in Beheer: who they are, for which organisation, their login name and
 * their role per table (table id → role).
 */
public record PersonDetails(Long id, String displayName, String email, String phone, Long organisationId,
        boolean contactPerson, boolean active, int version, String username, boolean administrator,
        Map<Long, TableRole> roles) {

    public PersonDetails {
        roles = Map.copyOf(roles);
    }

    public static PersonDetails blank() {
        return new PersonDetails(null, "", "", "", null, false, true, 0, "", false, Map.of());
    }
}
