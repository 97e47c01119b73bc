package nl.zorgtafel.casefile;

import java.util.List;

/** Case news for the home page; codes and statuses only. */
public record CaseDashboard(int awaitingTriage, List<CaseSummary> myOrganisationsDecided,
        List<CaseSummary> dueForClosureCheck) {
}
