package nl.zorgtafel.security;

import java.util.Optional;

/**
 * Who is asking, as far as access is concerned: their organisation, whether they are an
 * administrator, their role at the case's table (if any), whether their organisation has
 * signed that table's covenant, and whether it is police or the OM (the police compartment).
 */
public record Viewer(long organisationId, boolean administrator, Optional<TableRole> roleAtTable,
        boolean covenantSigned, boolean policeOrJustice) {

    /** A viewer of an organisation that is neither police nor the OM. */
    public Viewer(long organisationId, boolean administrator, Optional<TableRole> roleAtTable,
            boolean covenantSigned) {
        this(organisationId, administrator, roleAtTable, covenantSigned, false);
    }
}
