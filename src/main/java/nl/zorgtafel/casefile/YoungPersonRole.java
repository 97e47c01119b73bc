package nl.zorgtafel.casefile;

/** The young person's role; victim and offender at once is common (non-punishment principle). */
public enum YoungPersonRole {
    VERMOEDELIJK_SLACHTOFFER, VERMOEDELIJK_PLEGER, BEIDE
}
