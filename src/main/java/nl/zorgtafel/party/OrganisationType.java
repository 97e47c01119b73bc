package nl.zorgtafel.party;

/**
 * Kinds of partner organisation (product.md §2). The domain groups them for insight reports;
 * the UI label comes from the translation key {@code organisation-type.NAME}.
 */
public enum OrganisationType {
    JEUGDHULP(Domain.ZORG),
    LVB_ZORG(Domain.ZORG),
    GGZ(Domain.ZORG),
    VERSLAVINGSZORG(Domain.ZORG),
    POLITIE_AVIM(Domain.POLITIE),
    POLITIE_ZEDEN(Domain.POLITIE),
    POLITIE_BASISTEAM(Domain.POLITIE),
    GEMEENTE(Domain.GEMEENTE),
    VEILIG_THUIS(Domain.VEILIG_THUIS),
    ZORGCOORDINATOR_MENSENHANDEL(Domain.ZORGCOORDINATOR_MENSENHANDEL),
    ONDERWIJS(Domain.ONDERWIJS),
    OPENBAAR_MINISTERIE(Domain.OPENBAAR_MINISTERIE),
    JEUGDBESCHERMING(Domain.JEUGDBESCHERMING),
    RAAD_VOOR_DE_KINDERBESCHERMING(Domain.RAAD_VOOR_DE_KINDERBESCHERMING),
    CENTRUM_SEKSUEEL_GEWELD(Domain.CENTRUM_SEKSUEEL_GEWELD),
    OPVANG_SPECIALIST(Domain.OPVANG_SPECIALIST),
    COMENSHA(Domain.COMENSHA),
    OVERIG(Domain.OVERIG);

    /** The partner's field (domein). */
    public enum Domain {
        ZORG, POLITIE, GEMEENTE, VEILIG_THUIS, ZORGCOORDINATOR_MENSENHANDEL, ONDERWIJS,
        OPENBAAR_MINISTERIE, JEUGDBESCHERMING, RAAD_VOOR_DE_KINDERBESCHERMING, CENTRUM_SEKSUEEL_GEWELD,
        OPVANG_SPECIALIST, COMENSHA, OVERIG
    }

    private final Domain domain;

    OrganisationType(Domain domain) {
        this.domain = domain;
    }

    public Domain domain() {
        return domain;
    }
}
