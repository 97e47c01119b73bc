package nl.zorgtafel.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The rules a new password must meet (ASVS 5.0 6.2, NIST SP 800-63B): a length between
 * {@link #MIN_LENGTH} and {@link #MAX_LENGTH}, not on the list of common or breached passwords,
 * and not containing the username. Deliberately no composition rules (no "must contain a digit"):
 * they push people to {@code Password1!} and add nothing a length and a block list do not.
 * See {@code src/main/resources/security/common-passwords.README} for where the lists come from.
 */
@Component
public final class PasswordPolicy {

    /** In Unicode code points, as a person counts characters: an emoji or an é is one. */
    public static final int MIN_LENGTH = 12;

    /**
     * In Unicode code points. Mind the hash: bcrypt refuses more than 72 UTF-8 bytes, and 73
     * ASCII characters or 19 emoji already make more.
     */
    public static final int MAX_LENGTH = 128;

    /** A username this short would match too many passwords by chance. */
    static final int MIN_USERNAME_LENGTH = 3;

    static final String SOURCE_LIST = "/security/common-passwords.txt";
    static final String LOCAL_LIST = "/security/common-passwords-local.txt";

    /** The first rule a password breaks; the key of its message in the translations. */
    public enum Problem {
        TOO_SHORT("password.problem.too-short"),
        TOO_LONG("password.problem.too-long"),
        COMMON("password.problem.common"),
        CONTAINS_USERNAME("password.problem.contains-username");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * Only the listed passwords long enough to pass the length rule: some 300 short strings,
     * a few tens of kilobytes, where all 49,000 entries would take some 5 MB for nothing.
     */
    private final Set<String> common;

    /** Reads the lists once; as a singleton bean that is at startup, so a missing list stops the app. */
    public PasswordPolicy() {
        var entries = new HashSet<String>();
        read(SOURCE_LIST, entries);
        read(LOCAL_LIST, entries);
        this.common = Set.copyOf(entries);
    }

    /**
     * @param password as typed, not trimmed: spaces count and are allowed
     * @param username the account's username, or null when there is none yet
     * @return the first rule the password breaks, or empty when it is acceptable
     */
    public Optional<Problem> check(String password, String username) {
        Objects.requireNonNull(password, "password");
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of(Problem.COMMON);
        }
        if (username != null) {
            String name = username.strip().toLowerCase(Locale.ROOT);
            if (name.codePointCount(0, name.length()) >= MIN_USERNAME_LENGTH && lower.contains(name)) {
                return Optional.of(Problem.CONTAINS_USERNAME);
            }
        }
        return Optional.empty();
    }

    /** How many listed passwords are held, for the tests. */
    int commonCount() {
        return common.size();
    }

    private static void read(String resource, Set<String> into) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Password list missing from the classpath: " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.codePointCount(0, line.length()) >= MIN_LENGTH) {
                    into.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read password list " + resource, e);
        }
    }
}
