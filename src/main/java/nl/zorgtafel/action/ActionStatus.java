package nl.zorgtafel.action;

/**
 * Where an action stands. Niet mogelijk: circumstances changed (reason required); niet
 * uitgevoerd: the party did not do it, recorded only at review.
 */
public enum ActionStatus {
    OPEN, IN_UITVOERING, GEREED, NIET_MOGELIJK, NIET_UITGEVOERD;

    public boolean isOpen() {
        return this == OPEN || this == IN_UITVOERING;
    }
}
