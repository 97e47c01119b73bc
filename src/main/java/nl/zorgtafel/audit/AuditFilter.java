package nl.zorgtafel.audit;

import java.time.Instant;

/** Narrows the audit viewer; every field is optional. {@code to} is exclusive. */
public record AuditFilter(Long actorAccountId, AuditKind kind, Instant from, Instant to, String objectType,
        Long objectId) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public AuditFilter forObject(String type, long id) {
        return new AuditFilter(actorAccountId, kind, from, to, type, id);
    }
}
