package nl.zorgtafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The live meeting's item access, every role × relation × statement accepted or not: nothing of
 * an item before acceptance; case items for deelnemers and leads; observers only general items.
 */
class ItemRuleTest {

    private static final long MINE = 1;
    private static final long OTHER = 2;

    @ParameterizedTest(name = "{0}, {1} item, deelnemer={2}, accepted={3}: listed={4} see={5} inbreng={6} action={7} decide={8}")
    @CsvSource({
            // role,      item,    deelnemer, accepted, listed, see,   inbreng, action, decide
            "VOORZITTER,  CASE,    false,     true,     true,   true,  true,    true,   true",
            "VOORZITTER,  CASE,    false,     false,    true,   false, false,   false,  false",
            "SECRETARIS,  CASE,    false,     true,     true,   true,  true,    true,   true",
            "LID,         CASE,    true,      true,     true,   true,  true,    true,   false",
            "LID,         CASE,    true,      false,    true,   false, false,   false,  false",
            "LID,         CASE,    false,     true,     false,  false, false,   false,  false",
            "LID,         GENERAL, false,     true,     true,   true,  false,   false,  false",
            "LID,         GENERAL, false,     false,    true,   false, false,   false,  false",
            "WAARNEMER,   CASE,    true,      true,     false,  false, false,   false,  false",
            "WAARNEMER,   GENERAL, false,     true,     true,   true,  false,   false,  false",
            "NONE,        GENERAL, false,     true,     false,  false, false,   false,  false",
            "BEHEERDER,   CASE,    true,      true,     false,  false, false,   false,  false",
    })
    void decides_every_cell(String role, String item, boolean deelnemer, boolean accepted, boolean listed, boolean see,
            boolean inbreng, boolean action, boolean decide) {
        var viewer = switch (role) {
            case "NONE" -> new Viewer(MINE, false, Optional.empty(), true);
            case "BEHEERDER" -> new Viewer(MINE, true, Optional.of(TableRole.VOORZITTER), true);
            default -> new Viewer(MINE, false, Optional.of(TableRole.valueOf(role)), true);
        };
        var access = ItemRule.decide(viewer, item.equals("CASE"), deelnemer ? Set.of(MINE, OTHER) : Set.of(OTHER),
                accepted);

        assertThat(access.listed()).as("listed").isEqualTo(listed);
        assertThat(access.see()).as("see").isEqualTo(see);
        assertThat(access.addInbreng()).as("inbreng").isEqualTo(inbreng);
        assertThat(access.addAction()).as("action").isEqualTo(action);
        assertThat(access.decide()).as("decide").isEqualTo(decide);
        // Inbreng for another party and changing others' actions: only chair and secretary.
        boolean lead = role.equals("VOORZITTER") || role.equals("SECRETARIS");
        assertThat(access.mayGiveInbrengFor(OTHER)).isEqualTo(inbreng && lead);
        assertThat(access.mayChangeActionOf(OTHER)).isEqualTo(see && lead && item.equals("CASE"));
        assertThat(access.mayChangeActionOf(MINE)).isEqualTo(see);
    }
}
