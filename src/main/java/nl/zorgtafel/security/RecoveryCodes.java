package nl.zorgtafel.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Single-use recovery codes: ten per account, each ten characters (about 50 bits) from an
 * alphabet without look-alikes, shown once as {@code xxxxx-xxxxx} and stored only as hashes.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        return IntStream.range(0, COUNT).mapToObj(i -> one()).toList();
    }

    private static String one() {
        var code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form: lower case, without dash or spaces, as people type it in any way. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
