package nl.zorgtafel.base.db;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.zorgtafel.base.config.ZorgtafelProperties;

/**
 * A keyed hash (HMAC-SHA256) of a normalised name plus date of birth, so a new named case can be
 * matched with an earlier one of the same young person without comparing plaintext. The name
 * is normalised so that ordinary spelling variants match: case, accents (é, ö, ğ, ł),
 * punctuation and spacing do not count.
 */
@Component
public class PersonHash {

    private final SecretKeySpec key;

    @Autowired
    public PersonHash(ZorgtafelProperties properties) {
        this(properties.crypto());
    }

    PersonHash(ZorgtafelProperties.Crypto properties) {
        if (properties.hashKey() == null) {
            throw new IllegalStateException("No hash key configured: set zorgtafel.crypto.hash-key "
                    + "(see docs/operations.md)");
        }
        this.key = new SecretKeySpec(FieldEncryption.key("hash", properties.hashKey()).getEncoded(), "HmacSHA256");
    }

    public String of(String name, LocalDate dateOfBirth) {
        if (name == null || dateOfBirth == null) {
            throw new IllegalArgumentException("Name and date of birth are both needed");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((normalise(name) + "|" + dateOfBirth).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                // Letters that do not decompose into base letter + accent.
                .replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace("ß", "ss").replace('ı', 'i').replace('đ', 'd').replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
