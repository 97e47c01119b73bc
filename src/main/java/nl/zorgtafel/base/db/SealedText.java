package nl.zorgtafel.base.db;

/**
 * A value as it is stored in an encrypted column ({@code v1:<key id>:<Base64>}). The generated
 * jOOQ fields of every encrypted column have this type, so plaintext cannot be written into one
 * by mistake and reading one means calling {@link FieldEncryption#open} on purpose.
 */
public record SealedText(String stored) {

    public SealedText {
        if (stored == null || stored.isEmpty()) {
            throw new IllegalArgumentException("A sealed value is never empty; store NULL instead");
        }
    }

    /** The id of the key that sealed this value. */
    public String keyId() {
        int first = stored.indexOf(':');
        int second = stored.indexOf(':', first + 1);
        return first < 0 || second < 0 ? "" : stored.substring(first + 1, second);
    }

    @Override
    public String toString() {
        // Never the ciphertext: a sealed value in a log line says only which key made it.
        return "SealedText[key=" + keyId() + "]";
    }
}
