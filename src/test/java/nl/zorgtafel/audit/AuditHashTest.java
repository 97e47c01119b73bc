package nl.zorgtafel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00.123Z");

    private static String hash(String detail, String previous) {
        return AuditHash.of(5, AT, AuditKind.CASE_VIEWED, 1L, 2L, 3L, "case_file", 9L, "127.0.0.1", detail, previous);
    }

    @Test
    void is_a_stable_sha256_hex() {
        assertThat(hash("x", AuditHash.GENESIS)).hasSize(64).isEqualTo(hash("x", AuditHash.GENESIS));
    }

    @Test
    void changes_with_content_and_with_the_previous_hash() {
        assertThat(hash("x", AuditHash.GENESIS)).isNotEqualTo(hash("y", AuditHash.GENESIS));
        assertThat(hash("x", AuditHash.GENESIS)).isNotEqualTo(hash("x", "1".repeat(64)));
    }

    @Test
    void an_empty_value_differs_from_a_missing_one() {
        assertThat(hash("", AuditHash.GENESIS)).isNotEqualTo(hash(null, AuditHash.GENESIS));
    }
}
