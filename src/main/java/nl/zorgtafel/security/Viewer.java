package nl.zorgtafel.security;

import java.util.Optional;

/**
 * Who is asking, as far as access is concerned: their organisation, whether they are an
 * administrator, their role at the case's table (if any) and whether their organisation has
 * signed that table's covenant.
 */
public record Viewer(long organisationId, boolean administrator, Optional<TableRole> roleAtTable,
        boolean covenantSigned) {
}
