package nl.zorgtafel.casefile;

/** What the chair decides about a proposed case. */
public enum TriageDecision {
    AGENDEREN(CaseStatus.GEAGENDEERD),
    MEER_INFORMATIE_NODIG(CaseStatus.MEER_INFORMATIE),
    AFWIJZEN(CaseStatus.AFGEWEZEN);

    private final CaseStatus outcome;

    TriageDecision(CaseStatus outcome) {
        this.outcome = outcome;
    }

    public CaseStatus outcome() {
        return outcome;
    }
}
