package nl.zorgtafel.retention;

import java.time.Instant;

/** A run as a reader sees it: when, and the counts of the lines they may read. */
public record PurgeRun(long id, Instant startedAt, boolean dryRun, int purged, int held) {
}
