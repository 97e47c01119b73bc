package nl.zorgtafel.security;

import java.security.SecureRandom;

/** Random temporary passwords, readable aloud: no 0/O or 1/l/I to confuse. */
public final class TemporaryPassword {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 16;

    private TemporaryPassword() {
    }

    public static String generate() {
        var password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
