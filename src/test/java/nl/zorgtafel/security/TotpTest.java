package nl.zorgtafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors, the ±1 step window and the replay guard. */
class TotpTest {

    private static final String SHA1_SEED = "12345678901234567890";
    private static final String SHA256_SEED = "12345678901234567890123456789012";
    private static final String SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234";

    @ParameterizedTest(name = "T={0}")
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void computes_the_rfc_test_vectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(bytes(SHA1_SEED), step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(bytes(SHA256_SEED), step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(bytes(SHA512_SEED), step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void six_digit_codes_are_the_last_six_of_the_rfc_vector() {
        String secret = new Base32().encodeToString(bytes(SHA1_SEED));
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void accepts_one_step_either_side_and_no_further() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-24T10:00:15Z");
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, null)).hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now, null)).hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now, null)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now, null)).isEmpty();
    }

    @Test
    void a_code_is_not_accepted_twice_nor_an_older_one_after_a_newer() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-24T10:00:15Z");
        long step = Totp.step(now);
        String code = Totp.code(secret, step);
        assertThat(Totp.matchingStep(secret, code, now, step)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, step)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void ignores_spaces_and_refuses_anything_but_six_digits() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-24T10:00:15Z");
        String code = Totp.code(secret, Totp.step(now));
        assertThat(Totp.matchingStep(secret, code.substring(0, 3) + " " + code.substring(3), now, null)).isPresent();
        assertThat(Totp.matchingStep(secret, code + "0", now, null)).isEmpty();
        assertThat(Totp.matchingStep(secret, "abcdef", now, null)).isEmpty();
        assertThat(Totp.matchingStep(secret, null, now, null)).isEmpty();
    }

    @Test
    void new_secrets_are_160_bits_of_base32_and_the_uri_names_issuer_and_account() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.otpauthUri("Zorgtafel", "voorzitter", secret))
                .isEqualTo("otpauth://totp/Zorgtafel:voorzitter?secret=" + secret
                        + "&issuer=Zorgtafel&algorithm=SHA1&digits=6&period=30");
    }

    private static byte[] bytes(String seed) {
        return seed.getBytes(StandardCharsets.US_ASCII);
    }
}
