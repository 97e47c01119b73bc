package nl.zorgtafel.casefile;

import java.time.Instant;
import java.util.List;

/**
 * One case in a list: code and facts that say what the case is (age band, forms of exploitation,
 * municipalities, urgency), never identifying data.
 */
public record CaseSummary(long id, String code, CaseStatus status, Urgency urgency, boolean named,
        String proposingOrganisation, Instant submittedAt, boolean repeatCase, AgeBand ageBand,
        List<ExploitationForm> forms, List<String> municipalities) {

    public CaseSummary {
        forms = List.copyOf(forms);
        municipalities = List.copyOf(municipalities);
    }

    public boolean acute() {
        return urgency == Urgency.ACUUT;
    }

    /** Waiting for the chair's triage. */
    public boolean awaitingTriage() {
        return status == CaseStatus.AANGEMELD || status == CaseStatus.IN_TRIAGE;
    }
}
