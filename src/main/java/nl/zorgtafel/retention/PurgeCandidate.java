package nl.zorgtafel.retention;

import java.time.Instant;

/**
 * A case the next run would purge, or would skip because a legal hold stops its clock: codes,
 * dates and organisations only, never free text.
 *
 * @param since when its clock started (the decision to decline, or the closing)
 * @param responsibleOrganisationId the proposing organisation, for the report's line
 * @param holdRequestedById who asked for the hold in force, null when none
 */
public record PurgeCandidate(long caseFileId, String code, RetentionPhase phase, String responsibleOrganisation,
        Instant since, long heldDays, boolean held, String holdRequestedBy, long responsibleOrganisationId,
        Long holdRequestedById) {
}
