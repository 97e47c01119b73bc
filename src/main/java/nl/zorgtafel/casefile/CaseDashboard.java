package nl.zorgtafel.casefile;

import java.util.List;

/**
 * Case news for the home page (Overzicht): codes and statuses, and for the proposing
 * organisation the chair's own words about its cases. Lists for the chair are empty for others.
 *
 * @param awaitingTriage       how many cases wait for the chair's triage
 * @param knownElsewhere       cases waiting for triage whose young person is known in another case
 * @param myOrganisationsDecided the organisation's cases the chair returned, declined or agendered
 * @param readyToClose         discussed cases with nothing open: Afsluiten is offered
 * @param dueForClosureCheck   closed a year ago or more, not yet checked
 */
public record CaseDashboard(int awaitingTriage, List<CaseSummary> knownElsewhere, List<Decided> myOrganisationsDecided,
        List<CaseSummary> readyToClose, List<CaseSummary> dueForClosureCheck) {

    /** One of the organisation's cases with the chair's reason and advice (null where none applies). */
    public record Decided(long id, String code, CaseStatus status, String reason, String advice) {
    }
}
