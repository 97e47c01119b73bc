package nl.zorgtafel.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void dutch_is_the_default_whatever_the_server_locale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(translations.getTranslation("nav.overzicht", Locale.of("nl"))).isEqualTo("Overzicht");
            assertThat(translations.getTranslation("nav.overzicht", Locale.GERMAN)).isEqualTo("Overzicht");
            assertThat(translations.getTranslation("nav.overzicht", null)).isEqualTo("Overzicht");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void english_is_available() {
        assertThat(translations.getTranslation("nav.overzicht", Locale.UK)).isEqualTo("Overview");
    }

    @Test
    void parameters_are_filled_in() {
        assertThat(translations.getTranslation("overview.welcome", Translations.DUTCH, "Łucja Öztürk"))
                .isEqualTo("Welkom, Łucja Öztürk");
    }

    @Test
    void counts_in_mails_and_the_minutes_read_well_in_both_languages() {
        assertThat(translations.getTranslation("mail.digest.overdue", Translations.DUTCH, 1L))
                .isEqualTo("- 1 actie is over de deadline.");
        assertThat(translations.getTranslation("mail.digest.overdue", Translations.DUTCH, 2L))
                .isEqualTo("- 2 acties zijn over de deadline.");
        assertThat(translations.getTranslation("mail.digest.due-soon", Translations.ENGLISH, 1L, 3))
                .isEqualTo("- 1 action falls due within 3 days.");
        assertThat(translations.getTranslation("minutes.pdf.cases.hidden", Translations.DUTCH, 1))
                .startsWith("Er is nog 1 casus besproken");
        assertThat(translations.getTranslation("minutes.pdf.cases.hidden", Translations.ENGLISH, 3))
                .startsWith("3 more cases were discussed");
    }

    @Test
    void a_missing_key_is_visible_rather_than_blank() {
        assertThat(translations.getTranslation("no.such.key", Translations.DUTCH)).isEqualTo("!no.such.key");
    }

    @Test
    void dutch_and_english_have_exactly_the_same_keys() throws IOException {
        Properties dutch = load("translations.properties");
        Properties english = load("translations_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
        assertThat(dutch).isNotEmpty();
    }

    @Test
    void an_apostrophe_in_a_text_with_parameters_survives_message_format() throws IOException {
        // MessageFormat reads a single ' as a quote and drops it ("zo'n" became "zon"): write ''.
        for (String file : List.of("translations.properties", "translations_en.properties")) {
            Properties texts = load(file);
            assertThat(texts.stringPropertyNames().stream()
                    .filter(key -> texts.getProperty(key).matches("(?s).*\\{\\d+[^}]*}.*"))
                    .filter(key -> texts.getProperty(key).replace("''", "").contains("'"))
                    .sorted().toList()).as(file).isEmpty();
        }
    }

    @Test
    void every_enum_shown_in_the_ui_has_a_label() throws IOException {
        Properties dutch = load("translations.properties");
        for (var kind : nl.zorgtafel.audit.AuditKind.values()) {
            assertThat(dutch).containsKey("audit-kind." + kind.name());
        }
        for (var type : nl.zorgtafel.party.OrganisationType.values()) {
            assertThat(dutch).containsKey("organisation-type." + type.name());
        }
        for (var role : nl.zorgtafel.security.TableRole.values()) {
            assertThat(dutch).containsKey("role." + role.name());
        }
        for (var status : nl.zorgtafel.casefile.CaseStatus.values()) {
            assertThat(dutch).containsKey("case-status." + status.name());
        }
        for (var form : nl.zorgtafel.casefile.ExploitationForm.values()) {
            assertThat(dutch).containsKey("form." + form.name());
        }
        for (var v : nl.zorgtafel.casefile.Vulnerability.values()) {
            assertThat(dutch).containsKey("vulnerability." + v.name());
        }
        for (var b : nl.zorgtafel.casefile.LegalBasis.values()) {
            assertThat(dutch).containsKey("basis." + b.name());
        }
        for (var phase : nl.zorgtafel.retention.RetentionPhase.values()) {
            assertThat(dutch).containsKey("retention.phase." + phase.name());
        }
        for (var d : nl.zorgtafel.casefile.TriageDecision.values()) {
            assertThat(dutch).containsKey("triage." + d.name());
        }
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
