package nl.zorgtafel.casefile;

/** The ground for discussing a case by name: one of the six GDPR grounds, or a recorded conflict of duties. */
public enum LegalBasis {
    TOESTEMMING, OVEREENKOMST, WETTELIJKE_VERPLICHTING, VITAAL_BELANG, PUBLIEKRECHTELIJKE_TAAK, GERECHTVAARDIGD_BELANG, CONFLICT_VAN_PLICHTEN
}
