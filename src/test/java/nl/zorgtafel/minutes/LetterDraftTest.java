package nl.zorgtafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.party.OrganisationType;

/**
 * The B1 letter's draft from facts, without Spring: "je", short sentences, plain names for the
 * organisations, "uiterlijk" with the date, the contact person with a phone number, and no word of
 * the table's own trade.
 */
class LetterDraftTest {

    private static final Translations TRANSLATIONS = new Translations();
    private static final LetterDraft.Wording DUTCH = (key, params) -> TRANSLATIONS.getTranslation(key,
            Translations.DUTCH, params);
    private static final Instant SESSION = Instant.parse("2027-03-02T12:00:00Z");
    private static final LetterFacts.Party YOUTH = new LetterFacts.Party(OrganisationType.JEUGDHULP,
            "Jeugdhulp De Horizon (verblijf)", "050-1234567");
    private static final LetterFacts.Party POLICE = new LetterFacts.Party(OrganisationType.POLITIE_AVIM,
            "Politie Eenheid Demoland — AVIM", null);
    private static final LetterFacts.Party SCHOOL = new LetterFacts.Party(OrganisationType.ONDERWIJS,
            "Het Baken College", null);
    private static final List<LetterFacts.Agreed> ACTIONS = List.of(
            new LetterFacts.Agreed(POLICE, "Praat met je over je nieuwe telefoon", LocalDate.of(2027, 3, 9)),
            new LetterFacts.Agreed(SCHOOL, "Zoekt met je uit welke lessen je kunt volgen.", LocalDate.of(2027, 3, 16)));

    @Test
    void the_draft_says_what_was_agreed_by_when_and_who_will_call() {
        String letter = LetterDraft.from(new LetterFacts(SESSION, YOUTH, new LetterFacts.Contact("Sanne Smit",
                "06-12345678"), ACTIONS), "Vera Voorzitter", DUTCH);

        assertThat(letter).contains("Op 2 maart 2027 was er een overleg over jou.")
                .contains("- De politie: Praat met je over je nieuwe telefoon. Dit gebeurt uiterlijk 9 maart 2027.")
                .contains("- Je school: Zoekt met je uit welke lessen je kunt volgen. Dit gebeurt uiterlijk 16 maart 2027.")
                .contains("Sanne Smit van de jeugdhulp neemt contact met je op.")
                .contains("Het telefoonnummer van Sanne Smit is 06-12345678.")
                .contains("Vera Voorzitter\nvoorzitter van het overleg")
                // The organisations' own names are for the professionals, not for this letter.
                .doesNotContain("Horizon").doesNotContain("AVIM").doesNotContain("Baken");
        assertReadable(letter);
    }

    @Test
    void without_a_contact_person_the_partner_and_its_phone_number_are_named() {
        String letter = LetterDraft.from(new LetterFacts(SESSION, YOUTH, null, ACTIONS), null, DUTCH);

        assertThat(letter).contains("De jeugdhulp neemt contact met je op.")
                .contains("Heb je een vraag? Bel dan de jeugdhulp via 050-1234567.");
        assertReadable(letter);
    }

    @Test
    void a_contact_person_without_a_phone_number_falls_back_to_the_partners_number_or_to_asking() {
        var noPhone = new LetterFacts.Contact("Sanne Smit", null);
        assertThat(LetterDraft.from(new LetterFacts(SESSION, YOUTH, noPhone, ACTIONS), null, DUTCH))
                .contains("Sanne Smit van de jeugdhulp neemt contact met je op.")
                .contains("Bel dan de jeugdhulp via 050-1234567.").doesNotContain("telefoonnummer van Sanne");
        String letter = LetterDraft.from(new LetterFacts(SESSION, POLICE, noPhone, List.of()), null, DUTCH);
        assertThat(letter).contains("Heb je een vraag? Vraag het dan aan de politie.")
                .contains("We hebben nog geen nieuwe afspraken gemaakt.");
        assertReadable(letter);
    }

    @Test
    void every_organisation_type_has_a_plain_name_without_its_code_or_trade_words() {
        for (var type : OrganisationType.values()) {
            String name = LetterDraft.plainName(new LetterFacts.Party(type, "Stichting Eigen Naam", null), DUTCH);
            assertThat(name).as(type.name()).doesNotStartWith("!").doesNotContain(type.name());
            assertThat(PlainLanguage.tradeWords(name)).as(type.name()).isEmpty();
        }
        // An organisation of no listed type goes by its own name.
        assertThat(LetterDraft.plainName(new LetterFacts.Party(OrganisationType.OVERIG, "Stichting Eigen Naam", null),
                DUTCH)).isEqualTo("Stichting Eigen Naam");
    }

    @Test
    void the_pdf_markup_has_the_title_the_greeting_first_and_the_actions_as_a_list() {
        String html = LetterDraft.html("Beste Mila,", "Dit hebben we afgesproken:\n- De politie: praat met je.\n"
                + "- Je school: belt je.\n\nWie neemt contact met je op?\nSanne <Smit> belt je.", DUTCH);

        assertThat(html).contains("<title>Wat we hebben afgesproken</title>")
                .contains("<h1>Wat we hebben afgesproken</h1><p>Beste Mila,</p>")
                .contains("<p>Dit hebben we afgesproken:</p><ul><li>De politie: praat met je.</li>"
                        + "<li>Je school: belt je.</li></ul>")
                .contains("<p>Wie neemt contact met je op?<br/>Sanne &lt;Smit&gt; belt je.</p>")
                .contains("content: \"pagina \" counter(page) \" van \" counter(pages) \"\"");
    }

    @Test
    void the_plain_language_check_finds_long_sentences_and_trade_words_but_not_ordinary_words() {
        var findings = PlainLanguage.check("De casus is besproken in de zitting van de zorgtafel en het OM en de "
                + "politie en de gemeente en de school hebben toen samen afgesproken wat er gebeurt.\n"
                + "Je belt om tien uur.");

        assertThat(findings.longSentences()).hasSize(1);
        assertThat(findings.tradeWords()).containsExactly("casus", "zorgtafel", "zitting", "OM");
        assertThat(PlainLanguage.check("Je belt om tien uur. We zien je graag.").clean()).isTrue();
    }

    /** The B1 rules the tests hold every draft to. */
    static void assertReadable(String letter) {
        var findings = PlainLanguage.check(letter);
        assertThat(findings.longSentences()).as("sentences over %d words", PlainLanguage.MAX_WORDS).isEmpty();
        assertThat(findings.tradeWords()).isEmpty();
        assertThat(PlainLanguage.sentences(letter)).allSatisfy(s -> assertThat(PlainLanguage.words(s))
                .as(s).isLessThanOrEqualTo(PlainLanguage.MAX_WORDS));
        assertThat(Arrays.stream(OrganisationType.values()).map(Enum::name)).allSatisfy(code ->
                assertThat(letter).doesNotContain(code));
        // "je", never the third person or the formal "u".
        assertThat(letter).contains(" je ").doesNotContainPattern("\\b(de jongere|u|uw)\\b");
    }
}
