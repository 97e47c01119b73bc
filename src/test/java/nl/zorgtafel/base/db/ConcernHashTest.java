package nl.zorgtafel.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.zorgtafel.base.config.ZorgtafelProperties;
import nl.zorgtafel.base.db.ConcernHash.Normalisation;

class ConcernHashTest {

    private final ConcernHash hash = hash("a-concern-key-of-thirty-two-b!!!");

    private static ConcernHash hash(String key) {
        return new ConcernHash(new ZorgtafelProperties.Crypto(Map.of(), null, null,
                Base64.getEncoder().encodeToString(key.getBytes())));
    }

    @Test
    void a_name_matches_in_any_word_order_and_spelling_of_case_accents_and_punctuation() {
        var words = Normalisation.WORDS_IN_ANY_ORDER;
        assertThat(hash.of("PERSOON", "Rico de Vries", words)).isEqualTo(hash.of("PERSOON", "de VRIES, Rico", words));
        assertThat(hash.of("PERSOON", "Ömer Çelik", words)).isEqualTo(hash.of("PERSOON", "omer celik", words));
        assertThat(hash.of("PERSOON", "Rico de Vries", words)).isNotEqualTo(hash.of("PERSOON", "Rico Vries", words));
    }

    @Test
    void plates_and_addresses_match_on_their_letters_and_digits_in_order() {
        var letters = Normalisation.LETTERS_AND_DIGITS;
        assertThat(hash.of("VOERTUIG", "12-ABC-3", letters)).isEqualTo(hash.of("VOERTUIG", "12 abc 3", letters));
        assertThat(hash.of("LOCATIE", "Kruidenlaan 14, Rivierdorp", letters))
                .isEqualTo(hash.of("LOCATIE", "kruidenlaan 14 RIVIERDORP", letters));
        assertThat(hash.of("VOERTUIG", "12-ABC-3", letters)).isNotEqualTo(hash.of("VOERTUIG", "3-ABC-12", letters));
        assertThat(hash.of("VOERTUIG", "SNELGELD020", letters)).as("another kind never matches")
                .isNotEqualTo(hash.of("ONLINE_ACCOUNT", "SNELGELD020", letters));
    }

    @Test
    void an_account_matches_without_capitals_or_its_at_sign_but_keeps_dots_and_underscores() {
        var account = Normalisation.ACCOUNT_NAME;
        assertThat(hash.of("ONLINE_ACCOUNT", "@Snelgeld_020", account))
                .isEqualTo(hash.of("ONLINE_ACCOUNT", " snelgeld_020 ", account));
        assertThat(hash.of("ONLINE_ACCOUNT", "snelgeld_020", account)).as("two accounts on a platform")
                .isNotEqualTo(hash.of("ONLINE_ACCOUNT", "snelgeld.020", account));
        assertThat(hash.of("ONLINE_ACCOUNT", "@", account)).isEmpty();
    }

    @Test
    void nothing_to_match_on_gives_no_hash_and_the_key_decides_the_hash() {
        assertThat(hash.of("PERSOON", " — ? ", Normalisation.WORDS_IN_ANY_ORDER)).isEmpty();
        assertThat(hash.of("PERSOON", null, Normalisation.WORDS_IN_ANY_ORDER)).isEmpty();
        var other = hash("another-concern-key-thirty-two!!");
        assertThat(hash.of("PERSOON", "Rico", Normalisation.WORDS_IN_ANY_ORDER))
                .isNotEqualTo(other.of("PERSOON", "Rico", Normalisation.WORDS_IN_ANY_ORDER))
                .hasValueSatisfying(h -> assertThat(h).hasSize(64).doesNotContainIgnoringCase("rico"));
    }
}
