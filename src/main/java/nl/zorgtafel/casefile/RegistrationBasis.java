package nl.zorgtafel.casefile;

/**
 * Why a case may be registered with CoMensha: consent from the right person for the age, or a
 * written reason why registering without consent is lawful (then the registration is anonymous).
 */
public enum RegistrationBasis {
    CONSENT, LAWFUL_WITHOUT_CONSENT
}
