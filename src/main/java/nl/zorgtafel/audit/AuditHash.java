package nl.zorgtafel.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The chain's hash: SHA-256 over every stored field of an entry, the entry's id and the
 * previous entry's hash, in a fixed order with unambiguous separators.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(long id, Instant occurredAt, AuditKind kind, Long actorAccountId, Long actorOrganisationId,
            Long tableId, String objectType, Long objectId, String clientAddress, String detail,
            String previousHash) {
        String canonical = String.join("\u001f",
                Long.toString(id), Long.toString(occurredAt.toEpochMilli()), kind.name(),
                text(actorAccountId), text(actorOrganisationId), text(tableId), text(objectType), text(objectId),
                text(clientAddress), text(detail), previousHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String text(Object value) {
        // Null and empty differ, so a removed value cannot pass for an empty one.
        return value == null ? "\u0000" : Objects.toString(value);
    }
}
