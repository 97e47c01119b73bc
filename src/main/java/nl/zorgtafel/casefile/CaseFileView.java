package nl.zorgtafel.casefile;

import java.time.Instant;
import java.util.List;

/**
 * A case as one person may see it: the intake facts, and the identifying data only when the
 * access service allows it for them ({@code identifying} null otherwise; {@code identifyingHidden}
 * tells the screen there is something it may not show).
 */
public record CaseFileView(long id, long tableId, String code, CaseStatus status, long proposingOrganisationId,
        String proposingOrganisation, boolean repeatCase, Instant submittedAt, CaseIntake intake,
        boolean identifyingHidden, boolean mayChange, List<CaseEvent> history, List<RiskAssessment> riskAssessments,
        List<RouteMilestone> milestones) {

    /** One line of the case's history. */
    public record CaseEvent(Instant at, String actorName, String kind, String detail) {
    }
}
