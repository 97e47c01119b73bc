package nl.zorgtafel.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordingHintsTest {

    @Test
    void flags_abandoned_terms_with_a_better_word() {
        var hints = WordingHints.check("Haar Loverboy haalt haar op; het lijkt op kinderprostitutie.");
        assertThat(hints).extracting(WordingHints.Hint::term).containsExactly("loverboy", "kinderprostitutie");
        assertThat(hints.getFirst().suggestion()).contains("uitbuiter");
    }

    @Test
    void flags_victim_blaming_phrasing() {
        assertThat(WordingHints.check("Ze vraagt erom, zegt de begeleider.")).extracting(WordingHints.Hint::term)
                .containsExactly("eigen schuld");
    }

    @Test
    void leaves_ordinary_text_alone() {
        assertThat(WordingHints.check("Nieuwe kleding, 's nachts weg, contact met oudere man.")).isEmpty();
        assertThat(WordingHints.check(null)).isEmpty();
        assertThat(WordingHints.check("loverboyachtig")).isEmpty();
    }
}
