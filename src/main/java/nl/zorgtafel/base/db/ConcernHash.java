package nl.zorgtafel.base.db;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.zorgtafel.base.config.ZorgtafelProperties;

/**
 * The keyed hash (HMAC-SHA256, with a key of its own) that links a person or place of concern
 * across the cases of a table without comparing plaintext. Values are normalised first so that
 * the same kenmerk typed by two people matches: case, accents, punctuation and spacing do not
 * count, and for a name neither does the order of its words ("de Vries, Rico" is "Rico de Vries").
 */
@Component
public class ConcernHash {

    /** How a kind of kenmerk is normalised before hashing. */
    public enum Normalisation {
        /** Words in any order: names and nicknames. */
        WORDS_IN_ANY_ORDER,
        /** Letters and digits only, in order: addresses and licence plates. */
        LETTERS_AND_DIGITS,
        /**
         * An account name as platforms compare it: capitals, a leading @ and spaces do not count, but dots,
         * underscores and hyphens do ({@code snelgeld_020} and {@code snelgeld.020} are two accounts).
         */
        ACCOUNT_NAME
    }

    private final SecretKeySpec key;

    @Autowired
    public ConcernHash(ZorgtafelProperties properties) {
        this(properties.crypto());
    }

    ConcernHash(ZorgtafelProperties.Crypto properties) {
        if (properties.concernKey() == null) {
            throw new IllegalStateException("No concern key configured: set zorgtafel.crypto.concern-key "
                    + "(see docs/operations.md)");
        }
        this.key = new SecretKeySpec(FieldEncryption.key("concern", properties.concernKey()).getEncoded(),
                "HmacSHA256");
    }

    /**
     * The hash of a kenmerk of one kind ({@code domain}, e.g. the kind's name, so a licence plate never
     * matches an account name); empty when nothing is left to match on after normalising.
     */
    public Optional<String> of(String domain, String value, Normalisation normalisation) {
        String normalised = normalise(value, normalisation);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((domain + "|" + normalised).getBytes(StandardCharsets.UTF_8));
            return Optional.of(HexFormat.of().formatHex(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static String normalise(String value, Normalisation normalisation) {
        if (value == null) {
            return "";
        }
        return switch (normalisation) {
            case WORDS_IN_ANY_ORDER -> Arrays.stream(PersonHash.normalise(value).split(" "))
                    .filter(w -> !w.isEmpty()).sorted().collect(Collectors.joining(" "));
            case LETTERS_AND_DIGITS -> PersonHash.normalise(value).replace(" ", "");
            case ACCOUNT_NAME -> value.strip().toLowerCase(Locale.ROOT).replaceFirst("^@+", "").replaceAll("\\s+", "");
        };
    }
}
