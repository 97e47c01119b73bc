package nl.zorgtafel.audit;

import java.time.Instant;

/** One stored audit entry as read back (no personal data: ids only). */
public record AuditEntry(long id, Instant occurredAt, AuditKind kind, Long actorAccountId, String actorName,
        Long actorOrganisationId, String actorOrganisationName, Long tableId, String objectType, Long objectId,
        String clientAddress, String detail) {
}
