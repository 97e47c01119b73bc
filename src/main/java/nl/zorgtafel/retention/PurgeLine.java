package nl.zorgtafel.retention;

import java.time.Instant;

/**
 * One line of a purge report: what a run purged or skipped because of a legal hold. The hold's
 * requester is an organisation; its reason (free text) is never in a report.
 */
public record PurgeLine(long runId, Instant runAt, boolean dryRun, RetentionPhase phase, String code,
        String responsibleOrganisation, boolean held, String holdRequestedBy) {
}
