package nl.zorgtafel.casefile;

import java.util.List;

/** Route milestones of a case (product.md F-3), with the variants each may have. */
public enum Milestone {
    MELDCODE_STAP(List.of("STAP_1", "STAP_2", "STAP_3", "STAP_4", "STAP_5")),
    MELDING_VEILIG_THUIS(List.of()),
    MELDING_POLITIE_AVIM(List.of()),
    MELDING_COMENSHA(List.of("MET_TOESTEMMING", "ZONDER_TOESTEMMING")),
    AANGIFTE(List.of("GEDAAN", "NIET_GEDAAN", "OVERWOGEN")),
    VERMISSING_GEMELD(List.of()),
    VEILIGHEIDSPLAN(List.of());

    private final List<String> variants;

    Milestone(List<String> variants) {
        this.variants = variants;
    }

    public List<String> variants() {
        return variants;
    }
}
