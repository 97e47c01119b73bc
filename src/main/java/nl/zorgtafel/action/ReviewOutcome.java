package nl.zorgtafel.action;

/**
 * The outcome of reviewing an action at a later session, keeping MARAC's distinction between
 * "circumstances changed" (niet mogelijk) and "the party did not do it" (niet uitgevoerd).
 */
public enum ReviewOutcome {
    GEREED(ActionStatus.GEREED),
    LOOPT_DOOR(null),
    NIET_MOGELIJK(ActionStatus.NIET_MOGELIJK),
    NIET_UITGEVOERD(ActionStatus.NIET_UITGEVOERD);

    private final ActionStatus resultingStatus;

    ReviewOutcome(ActionStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    /** The status the action gets, or null when it stays as it is (it carries on). */
    ActionStatus resultingStatus() {
        return resultingStatus;
    }
}
