package nl.zorgtafel.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.security.TableAccess;

/**
 * What one person sees of a live session. Until they accepted the confidentiality statement
 * only the statement: no agenda, no attendance, no clock.
 *
 * @param connected the people whose live page is open now (shown by name only on the attendance list)
 */
public record LiveState(long meetingId, MeetingStatus status, Long currentItemId, String statement, boolean accepted,
        TableAccess access, MeetingAgenda agenda, List<Attendee> attendance, Timing timing, Set<Long> connected) {

    public LiveState {
        attendance = List.copyOf(attendance);
        connected = Set.copyOf(connected);
    }

    /**
     * The session's clock as read: when it started, when the current item became current, the
     * time already spent per item, and the server's time of reading.
     */
    public record Timing(Instant startedAt, Instant currentSince, Map<Long, Integer> spentSeconds, Instant readAt) {

        public static final Timing NONE = new Timing(null, null, Map.of(), null);

        public Timing {
            spentSeconds = Map.copyOf(spentSeconds);
        }

        /** Seconds spent on an item up to the time of reading, counting the running item. */
        public long secondsOn(long itemId, Long currentItemId) {
            long spent = spentSeconds.getOrDefault(itemId, 0);
            if (currentItemId != null && currentItemId == itemId && currentSince != null && readAt != null) {
                spent += Math.max(0, Duration.between(currentSince, readAt).toSeconds());
            }
            return spent;
        }
    }

    /** Chair and secretary run the session: move on, record attendance and decisions. */
    public boolean leads() {
        return access.lead();
    }

    public boolean observer() {
        return access.observer();
    }

    public boolean live() {
        return status == MeetingStatus.LOPEND;
    }
}
