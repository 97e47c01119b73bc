package nl.zorgtafel.minutes;

import java.time.Instant;

/** A definitive version of a session's minutes: its number, hash, why it was corrected, by whom and when. */
public record MinutesVersion(long meetingId, int number, String contentHash, String reason, String finalisedBy,
        Instant finalisedAt) {
}
