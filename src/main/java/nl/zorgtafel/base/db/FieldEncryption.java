package nl.zorgtafel.base.db;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jooq.Field;
import org.jooq.TableField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.zorgtafel.base.config.ZorgtafelProperties;

/**
 * Encrypts identifying data (name, date of birth, address, BSN) at rest with AES-256-GCM.
 * A stored value reads {@code v1:<key id>:<Base64(IV ‖ ciphertext ‖ tag)>}: the key id lets keys
 * rotate (old keys decrypt, the active key encrypts), and the field name is bound in as
 * associated data, so a value copied into another field does not decrypt. Errors never carry
 * the value. Columns of type {@link SealedText} are sealed and opened through {@link #seal} and
 * {@link #open}, which take the field's name from the jOOQ field itself.
 */
@Component
public class FieldEncryption {

    private static final String PREFIX = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKey;

    @Autowired
    public FieldEncryption(ZorgtafelProperties properties) {
        this(properties.crypto());
    }

    FieldEncryption(ZorgtafelProperties.Crypto properties) {
        if (properties.keys() == null || properties.keys().isEmpty() || properties.activeKey() == null) {
            throw new IllegalStateException("No encryption keys configured: set zorgtafel.crypto.keys.<id> and "
                    + "zorgtafel.crypto.active-key (see docs/operations.md)");
        }
        properties.keys().forEach((id, base64) -> keys.put(id, key(id, base64)));
        if (!keys.containsKey(properties.activeKey())) {
            throw new IllegalStateException("Active encryption key '" + properties.activeKey() + "' is not configured");
        }
        this.activeKey = properties.activeKey();
    }

    static SecretKey key(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Key '" + id + "' is not valid Base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("Key '" + id + "' must be 32 bytes (256 bits), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Encrypts a value for one field (e.g. {@code "case_file.name"}); null stays null. */
    public String encrypt(String field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + ":" + activeKey + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed for field " + field, e);
        }
    }

    /**
     * Decrypts a stored value of the given field.
     *
     * @throws IllegalStateException when the value was changed, belongs to another field or was
     *                               made with a key that is no longer configured
     */
    public String decrypt(String field, String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalStateException("Unreadable encrypted value in field " + field);
        }
        SecretKey key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("Encrypted with key '" + parts[1] + "', which is not configured");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Deliberately without the value or the exception text.
            throw new IllegalStateException("Encrypted value in field " + field + " does not verify");
        }
    }

    /** Seals a text for an encrypted column; null or blank text is stored as NULL. */
    public SealedText seal(TableField<?, SealedText> column, String plaintext) {
        return plaintext == null || plaintext.isBlank() ? null : new SealedText(encrypt(fieldName(column), plaintext));
    }

    /** Seals a value under a field's name, for callers outside a repository (the identifying data). */
    public SealedText seal(String field, String plaintext) {
        return plaintext == null ? null : new SealedText(encrypt(field, plaintext));
    }

    public String open(String field, SealedText sealed) {
        return sealed == null ? null : decrypt(field, sealed.stored());
    }

    /** Opens a sealed value of a column; NULL (never written, or emptied by retention) stays null. */
    public String open(TableField<?, SealedText> column, SealedText sealed) {
        return sealed == null ? null : decrypt(fieldName(column), sealed.stored());
    }

    /** The same value sealed under the active key (for re-encryption). */
    public SealedText reseal(TableField<?, SealedText> column, SealedText sealed) {
        return seal(column, open(column, sealed));
    }

    /**
     * The name bound into a column's values as associated data: {@code table.column}, without the
     * {@code _enc} suffix the identifying columns carry (their values were sealed under the
     * field's own name, e.g. {@code case_file.name}).
     */
    public static String fieldName(Field<?> column) {
        if (!(column instanceof TableField<?, ?> tableField) || tableField.getTable() == null) {
            throw new IllegalArgumentException("A sealed value belongs to a table column");
        }
        String name = column.getName();
        if (name.endsWith("_enc")) {
            name = name.substring(0, name.length() - "_enc".length());
        }
        return tableField.getTable().getName() + "." + name;
    }

    /** True when a stored value was made with another key than the active one. */
    public boolean needsReencryption(SealedText sealed) {
        return sealed != null && !activeKey.equals(sealed.keyId());
    }

    public String activeKey() {
        return activeKey;
    }

    public Set<String> configuredKeys() {
        return Set.copyOf(keys.keySet());
    }
}
