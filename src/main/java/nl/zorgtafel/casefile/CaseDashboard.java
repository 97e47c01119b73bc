package nl.zorgtafel.casefile;

import java.util.List;

/**
 * Case news for the home page (Overzicht): codes and statuses, and for the proposing
 * organisation the chair's own words about its cases. Lists for the chair are empty for others.
 *
 * @param awaitingTriage       how many cases wait for the chair's triage
 * @param triageQueue          the first of them for the table's leads: acute first, then longest waiting
 * @param knownElsewhere       cases waiting for triage whose young person is known in another case
 * @param myOrganisationsDecided the organisation's cases the chair returned, declined or agendered
 * @param readyToClose         discussed cases with nothing open: Afsluiten is offered
 * @param dueForClosureCheck   closed a year ago or more, not yet checked
 * @param consentRecheckDue    the organisation's cases whose consent must be asked again (turning 16 or 18)
 * @param waitingConsultations meedenkconsults without advice yet (for the table's leads)
 * @param answeredConsultations the organisation's meedenkconsults that got advice in the last 30 days
 * @param reopenProposed       closed cases with a new signal within twelve months: re-aanmelding proposed
 */
public record CaseDashboard(int awaitingTriage, List<CaseSummary> triageQueue, List<CaseSummary> knownElsewhere, List<Decided> myOrganisationsDecided,
        List<CaseSummary> readyToClose, List<CaseSummary> dueForClosureCheck, List<ConsentDue> consentRecheckDue,
        int waitingConsultations, int answeredConsultations, List<CaseSummary> reopenProposed) {

    /** A case of the organisation whose consent must be asked again: the young person turns {@code age}. */
    public record ConsentDue(long id, String code, int age) {
    }


    /** One of the organisation's cases with the chair's reason and advice (null where none applies). */
    public record Decided(long id, String code, CaseStatus status, String reason, String advice) {
    }
}
