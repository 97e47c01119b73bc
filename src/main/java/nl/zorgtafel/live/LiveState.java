package nl.zorgtafel.live;

import java.util.List;

import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.meeting.MeetingStatus;

/**
 * What one person sees of a live session. Until they accepted the confidentiality statement
 * only the statement: no agenda, no attendance.
 */
public record LiveState(long meetingId, MeetingStatus status, Long currentItemId, String statement, boolean accepted,
        boolean leads, boolean observer, MeetingAgenda agenda, List<Attendee> attendance) {

    public boolean live() {
        return status == MeetingStatus.LOPEND;
    }
}
