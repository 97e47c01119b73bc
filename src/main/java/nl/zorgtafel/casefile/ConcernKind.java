package nl.zorgtafel.casefile;

import nl.zorgtafel.base.db.ConcernHash.Normalisation;

/**
 * What a person or place of concern is (product.md F-11); the UI label comes from
 * {@code concern-kind.NAME}. Each kind says how its kenmerk is normalised before matching.
 */
public enum ConcernKind {
    /** A possible exploiter or recruiter: a name or nickname. */
    PERSOON(Normalisation.WORDS_IN_ANY_ORDER),
    /** An address or a place where young people are brought or meet. */
    LOCATIE(Normalisation.LETTERS_AND_DIGITS),
    /** An account on a platform (Snapchat, Instagram, Telegram, …). */
    ONLINE_ACCOUNT(Normalisation.ACCOUNT_NAME),
    /** A vehicle, by its licence plate. */
    VOERTUIG(Normalisation.LETTERS_AND_DIGITS);

    private final Normalisation normalisation;

    ConcernKind(Normalisation normalisation) {
        this.normalisation = normalisation;
    }

    public Normalisation normalisation() {
        return normalisation;
    }
}
