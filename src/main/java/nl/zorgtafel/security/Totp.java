package nl.zorgtafel.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps,
 * six digits, as every authenticator app computes them. A code is accepted for the current
 * step and one step either side (clocks drift), and only for a step later than the last one
 * used, so a code seen over someone's shoulder cannot be used again.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();

    private Totp() {
    }

    /** A new random 160-bit secret, Base32 without padding as authenticator apps expect. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return BASE32.encodeToString(secret).replace("=", "");
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for a Base32 secret at a time step. */
    public static String code(String base32Secret, long step) {
        return code(decode(base32Secret), step, DIGITS, "HmacSHA1");
    }

    /** RFC 4226 dynamic truncation; {@code algorithm} and {@code digits} open for the RFC's test vectors. */
    static String code(byte[] key, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulo = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulo);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC not available: " + algorithm, e);
        }
    }

    /**
     * The step a typed code belongs to, when it is valid now (±1 step) and later than
     * {@code lastUsedStep}; empty otherwise. Spaces in the typed code are ignored.
     */
    public static OptionalLong matchingStep(String base32Secret, String typed, Instant now, Long lastUsedStep) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        String digits = typed.replace(" ", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] key = decode(base32Secret);
        long current = step(now);
        for (long candidate = current - 1; candidate <= current + 1; candidate++) {
            boolean fresh = lastUsedStep == null || candidate > lastUsedStep;
            // Compared in constant time, and every candidate is computed: no timing hint.
            boolean equal = MessageDigest.isEqual(code(key, candidate, DIGITS, "HmacSHA1")
                    .getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII));
            if (equal && fresh) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI an authenticator app reads from the enrolment QR code. */
    public static String otpauthUri(String issuer, String accountName, String base32Secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] decode(String base32Secret) {
        byte[] key = BASE32.decode(base32Secret.strip().toUpperCase(java.util.Locale.ROOT));
        if (key.length < 10) {
            throw new IllegalArgumentException("TOTP secret too short");
        }
        return key;
    }
}
