package nl.zorgtafel.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.zorgtafel.base.config.ZorgtafelProperties;

class PersonHashTest {

    private static final LocalDate BORN = LocalDate.of(2010, 4, 2);
    private final PersonHash hash = new PersonHash(new ZorgtafelProperties.Crypto(Map.of(), null,
            Base64.getEncoder().encodeToString("a-hash-key-of-thirty-two-bytes!!".getBytes()), null));

    @Test
    void spelling_variants_of_the_same_name_match() {
        assertThat(hash.of("Łucja Öztürk", BORN)).isEqualTo(hash.of("lucja  OZTURK", BORN));
        assertThat(hash.of("Zoë van den Berg-Ağaoğlu", BORN)).isEqualTo(hash.of("zoe van den berg agaoglu", BORN));
    }

    @Test
    void another_person_or_another_birthday_does_not_match() {
        assertThat(hash.of("Sara Jansen", BORN)).isNotEqualTo(hash.of("Sarah Jansen", BORN));
        assertThat(hash.of("Sara Jansen", BORN)).isNotEqualTo(hash.of("Sara Jansen", BORN.plusDays(1)));
    }

    @Test
    void the_hash_depends_on_the_key_and_shows_nothing_of_the_name() {
        var other = new PersonHash(new ZorgtafelProperties.Crypto(Map.of(), null,
                Base64.getEncoder().encodeToString("another-key-of-thirty-two-bytes!".getBytes()), null));
        assertThat(hash.of("Sara Jansen", BORN)).isNotEqualTo(other.of("Sara Jansen", BORN))
                .hasSize(64).doesNotContainIgnoringCase("sara");
    }
}
