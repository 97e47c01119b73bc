package nl.zorgtafel.retention;

/** Which retention clock a line ran on: a declined proposal, a closed case, a meedenkconsult. */
public enum RetentionPhase {
    AFGEWEZEN,
    AFGESLOTEN,
    MEEDENKCONSULT
}
