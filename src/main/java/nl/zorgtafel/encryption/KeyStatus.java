package nl.zorgtafel.encryption;

import java.time.Instant;
import java.util.Set;

/**
 * What the Beheerder sees of the keys: the active key, the keys configured, the keys that may still
 * be named by stored values, and the last re-encryption run (null when none ran).
 */
public record KeyStatus(String activeKey, Set<String> configured, Set<String> inUse, LastRun lastRun,
        boolean runningHere) {

    public record LastRun(String targetKey, Instant startedAt, Instant finishedAt, long total, long done,
            RunOutcome outcome) {

        /** 0 to 1, for a progress bar; a finished run shows full. */
        public double fraction() {
            if (outcome == RunOutcome.VOLTOOID) {
                return 1;
            }
            return total == 0 ? 0 : Math.min(1, (double) done / total);
        }
    }

    /** Keys that are configured but no longer needed: they can be removed from the configuration. */
    public Set<String> removable() {
        var keys = new java.util.TreeSet<>(configured);
        keys.removeAll(inUse);
        keys.remove(activeKey);
        return keys;
    }

    /** True when values sealed by another key than the active one may exist. */
    public boolean rotationPending() {
        return inUse.stream().anyMatch(k -> !k.equals(activeKey));
    }
}
