package nl.zorgtafel.casefile;

import java.time.Instant;

/** One case in a list: code and facts, never identifying data. */
public record CaseSummary(long id, String code, CaseStatus status, Urgency urgency, boolean named,
        String proposingOrganisation, Instant submittedAt, boolean repeatCase) {
}
