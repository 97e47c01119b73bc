package nl.zorgtafel.casefile;

import java.time.Instant;

/**
 * The retention state of a case as its case view shows it: whether a legal hold (bewaarplicht)
 * stops its retention clock, since when and at whose request, and whether the retention job has
 * purged it. The hold's reason is free text that may name someone: only the chair reads it
 * ({@code reason} null for everyone else).
 *
 * @param mayManage the signed-in person may set or lift the hold (the table's chair)
 * @param heldDays  days the case was held in holds already lifted: its due date moved by as many
 * @param erased       the case was purged on the young person's request, not by the retention job
 * @param restrictedAt since when its processing is restricted at the young person's request, or null
 */
public record LegalHold(boolean held, Instant since, Long requestedByOrganisationId, String requestedBy,
        String reason, long heldDays, Instant purgedAt, boolean mayManage, boolean erased, Instant restrictedAt) {
}
