package nl.zorgtafel.subject;

import java.time.LocalDate;

/**
 * The responsible partner's decision on a request, as the chair records it before acting on it.
 *
 * @param responsibleOrganisationId the verantwoordelijke partner that decided
 * @param decidedBy                 who decided there (name and function), short
 * @param decidedOn                 the date of the decision, not in the future
 * @param reason                    why, without the young person's name; sealed at rest
 */
public record SubjectDecision(Long responsibleOrganisationId, String decidedBy, LocalDate decidedOn, String reason) {

    public static final int MAX_DECIDED_BY = 200;
    public static final int MAX_REASON = 1000;

    @Override
    public String toString() {
        return "SubjectDecision[organisation=" + responsibleOrganisationId + ", on=" + decidedOn + "]";
    }
}
