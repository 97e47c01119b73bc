package nl.zorgtafel.audit;

import java.time.Instant;

/** One link of the chain as stored: every hashed field plus both hashes. */
record ChainedEntry(long id, Instant occurredAt, AuditKind kind, Long actorAccountId, Long actorOrganisationId,
        Long tableId, String objectType, Long objectId, String clientAddress, String detail, String previousHash,
        String entryHash) {

    /** The hash this entry must carry given its content and its stored previous hash. */
    String expectedHash() {
        return AuditHash.of(id, occurredAt, kind, actorAccountId, actorOrganisationId, tableId, objectType, objectId,
                clientAddress, detail, previousHash);
    }

    /** A new link after {@code previousHash}, hashed. */
    static ChainedEntry link(long id, Instant occurredAt, AuditKind kind, Long actorAccountId,
            Long actorOrganisationId, Long tableId, AuditObject object, String clientAddress, String detail,
            String previousHash) {
        String objectType = object == null ? null : object.type();
        Long objectId = object == null ? null : object.id();
        return new ChainedEntry(id, occurredAt, kind, actorAccountId, actorOrganisationId, tableId, objectType,
                objectId, clientAddress, detail, previousHash, AuditHash.of(id, occurredAt, kind, actorAccountId,
                        actorOrganisationId, tableId, objectType, objectId, clientAddress, detail, previousHash));
    }
}
