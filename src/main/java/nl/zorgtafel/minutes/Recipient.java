package nl.zorgtafel.minutes;

import java.time.Instant;
import java.util.Map;

/**
 * Who a copy is for, and so what it holds: all case items for chair and secretary, the items
 * their organisation took part in for members, none for observers; names of young people by
 * case id where the access service allowed them (full variant only).
 */
record Recipient(String name, String organisation, long organisationId, boolean seesAll, boolean observer,
        Instant issuedAt, Map<Long, String> namesByCase) {

    boolean sees(java.util.Set<Long> deelnemers) {
        return !observer && (seesAll || deelnemers.contains(organisationId));
    }
}
