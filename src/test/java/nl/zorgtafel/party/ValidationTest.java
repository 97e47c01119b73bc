package nl.zorgtafel.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.zorgtafel.base.validation.FieldRefusal;

class ValidationTest {

    @Test
    void text_is_trimmed_normalised_and_stripped_of_control_characters() {
        // "é" typed as e + combining accent becomes the single character; a zero-width space and
        // a bell character are dropped; markup stays as typed (it is shown as text, never run).
        assertThat(Validation.text("  Caf\u0065\u0301 \u200B\u0007<b>x</b> ")).isEqualTo("Café <b>x</b>");
        assertThat(Validation.text(null)).isEmpty();
    }

    @Test
    void an_organisation_needs_a_name_of_at_most_200_characters() {
        assertThatThrownBy(() -> Validation.organisation(new Organisation(null, " ", OrganisationType.GGZ, null, null,
                null, true, 0))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).messageKey()).isEqualTo("validation.required"));
        assertThatThrownBy(() -> Validation.organisation(new Organisation(null, "x".repeat(201), OrganisationType.GGZ,
                null, null, null, true, 0))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).messageKey()).isEqualTo("validation.too-long"));
    }

    @Test
    void empty_optional_contact_details_become_null_and_bad_ones_are_refused() {
        var clean = Validation.organisation(new Organisation(null, "GGZ Oost", OrganisationType.GGZ, " ", "", " ",
                true, 0));
        assertThat(clean.email()).isNull();
        assertThat(clean.phone()).isNull();
        assertThat(clean.address()).isNull();
        assertThat(Validation.optionalEmail(" info@ggz-oost.nl ", new FieldRefusal.Collector()))
                .isEqualTo("info@ggz-oost.nl");
    }

    @Test
    void every_wrong_field_is_refused_at_once() {
        assertThatThrownBy(() -> Validation.organisation(new Organisation(null, " ", null, "a@b", "bel me", null,
                true, 0))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).reasons())
                        .extracting(FieldRefusal.Reason::field)
                        .containsExactly("name", "type", "email", "phone"));
    }
}
