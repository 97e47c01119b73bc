package nl.zorgtafel.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.zorgtafel.base.config.ZorgtafelProperties;

class FieldEncryptionTest {

    private static final String OLD = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private static FieldEncryption withKeys(String active, Map<String, String> keys) {
        return new FieldEncryption(new ZorgtafelProperties.Crypto(keys, active, null, null));
    }

    private final FieldEncryption encryption = withKeys("k2", Map.of("k1", OLD, "k2", NEW));

    @Test
    void round_trips_any_script_and_never_stores_the_plaintext() {
        String name = "Łucja Öztürk-مريم 😀";
        String stored = encryption.encrypt("case_file.name", name);

        assertThat(stored).startsWith("v1:k2:").doesNotContain("ucja").doesNotContain("Öztürk");
        assertThat(encryption.decrypt("case_file.name", stored)).isEqualTo(name);
        assertThat(encryption.encrypt("case_file.name", null)).isNull();
    }

    @Test
    void the_same_value_encrypts_differently_each_time() {
        assertThat(encryption.encrypt("case_file.name", "Sara")).isNotEqualTo(encryption.encrypt("case_file.name", "Sara"));
    }

    @Test
    void a_changed_value_or_a_value_moved_to_another_field_does_not_decrypt_and_the_error_tells_no_value() {
        String stored = encryption.encrypt("case_file.name", "Sara de Vries");
        String[] parts = stored.split(":");
        byte[] bytes = Base64.getDecoder().decode(parts[2]);
        bytes[15] ^= 1;
        String tampered = parts[0] + ":" + parts[1] + ":" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> encryption.decrypt("case_file.name", tampered))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("Sara");
        assertThatThrownBy(() -> encryption.decrypt("case_file.address", stored))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("Sara");
    }

    @Test
    void old_keys_still_decrypt_after_rotation_and_mark_values_for_re_encryption() {
        String byOldKey = withKeys("k1", Map.of("k1", OLD)).encrypt("case_file.bsn", "123456782");

        assertThat(encryption.decrypt("case_file.bsn", byOldKey)).isEqualTo("123456782");
        assertThat(encryption.needsReencryption(new SealedText(byOldKey))).isTrue();
        assertThat(encryption.needsReencryption(encryption.seal("case_file.bsn", "123456782"))).isFalse();
        assertThatThrownBy(() -> withKeys("k2", Map.of("k2", NEW)).decrypt("case_file.bsn", byOldKey))
                .hasMessageContaining("'k1'").hasMessageNotContaining("123456782");
    }

    @Test
    void refuses_to_start_without_keys_or_with_a_short_one() {
        assertThatThrownBy(() -> withKeys(null, Map.of())).hasMessageContaining("zorgtafel.crypto.keys");
        assertThatThrownBy(() -> withKeys("k", Map.of("k", "c2hvcnQ="))).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> withKeys("x", Map.of("k", NEW))).hasMessageContaining("'x'");
    }
}
