package nl.zorgtafel.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.zorgtafel.security.CaseAccess;

/**
 * A case as one person may see it, read in one transaction: the intake facts, the identifying
 * data only when the access service allows it ({@code intake.identifying()} null otherwise;
 * {@code identifyingHidden} tells the screen there is something it may not show), what the
 * chair decided, the sessions and actions, and the access decision the screen draws its
 * buttons from.
 *
 * @param triage      the chair's reason and advice while the case is declined or returned, for those
 *                    who may read them; null otherwise
 * @param closable    discussed, nothing open any more: Afsluiten may be offered
 * @param consentRecheck when consent must be asked again (turning 16 or 18), or null
 * @param matches     where else the young person is known, for chair and secretary only
 * @param registration the CoMensha registration basis, for those who may register the case; null when none is
 *                    recorded or the person may not register it
 * @param signals     what the partners saw, most recent first (F-11), by the same need-to-know as the case
 */
public record CaseFileView(long id, long tableId, String code, CaseStatus status, long proposingOrganisationId,
        String proposingOrganisation, boolean repeatCase, Instant submittedAt, Instant closedAt,
        CloseReason closeReason, CaseIntake intake, List<String> municipalities, List<String> involvedOrganisations,
        boolean identifyingHidden, CaseAccess access, TriageOutcome triage, boolean closable, boolean namingAllowed,
        ConsentRecheck consentRecheck, RepeatMatches matches, List<CaseEvent> history, List<RiskAssessment> riskAssessments,
        List<RouteMilestone> milestones, List<Discussion> discussions, List<CaseAction> actions,
        RegistrationConsent registration, List<CaseSignal> signals, boolean linkedByConcern) {

    /** The chair's words with the current triage outcome (afgewezen, meer informatie nodig). */
    public record TriageOutcome(String reason, String advice) {
    }

    /**
     * One line of the case's history. {@code message} and {@code advice} (a triage reason, the
     * proposer's answer) are null for those who may not read them.
     */
    public record CaseEvent(Instant at, String actorName, CaseEventKind kind, String detail, CaseStatus from,
            CaseStatus to, Instant meetingAt, String message, String advice) {

        CaseEvent withoutTriageText() {
            return new CaseEvent(at, actorName, kind, detail, from, to, meetingAt, null, null);
        }
    }

    /** A session that discussed the case: when, what it decided, and whether its minutes are definitief. */
    public record Discussion(long meetingId, Instant startsAt, List<String> decisions, boolean minutesFinal) {
    }

    /** Whether a signal after closing proposes re-aanmelding and the chair has not decided yet. */
    public boolean reopenProposed() {
        return signals.stream().anyMatch(CaseSignal::reopenProposal);
    }

    /** An action agreed on the case; {@code status} is the action feature's status name. */
    public record CaseAction(long id, String description, String organisation, String person, LocalDate deadline,
            String status, boolean open, Instant agreedAt) {
    }
}
