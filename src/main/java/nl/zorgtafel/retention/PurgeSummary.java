package nl.zorgtafel.retention;

import java.time.Duration;

/** What one run of the retention job did, installation-wide. */
public record PurgeSummary(long runId, boolean dryRun, int casesPurged, int consultationsPurged, int held,
        long auditEntriesDeleted, int minutesRedacted, Duration took) {
}
