package nl.zorgtafel.audit;

import java.time.Instant;

/**
 * Narrows the audit viewer; every field is optional. {@code to} is exclusive; {@code actorName}
 * matches part of the acting person's name.
 */
public record AuditFilter(Long actorAccountId, String actorName, AuditKind kind, Instant from, Instant to,
        String objectType, Long objectId) {

    public AuditFilter(Long actorAccountId, AuditKind kind, Instant from, Instant to, String objectType,
            Long objectId) {
        this(actorAccountId, null, kind, from, to, objectType, objectId);
    }
}
