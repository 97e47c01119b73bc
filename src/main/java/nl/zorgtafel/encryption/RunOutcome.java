package nl.zorgtafel.encryption;

/** How a re-encryption run ended (or that it still runs). */
public enum RunOutcome {
    BEZIG,
    /** Every value is under the target key; the other keys are retired. */
    VOLTOOID,
    /** Some values could not be opened (a key is missing or a value was damaged); no key retired. */
    MISLUKT,
    /** The node stopped during the run; the next run continues where it left off. */
    ONDERBROKEN
}
