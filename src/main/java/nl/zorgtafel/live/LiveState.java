package nl.zorgtafel.live;

import java.util.List;

import nl.zorgtafel.meeting.MeetingAgenda;

/**
 * What one person sees of a live session. Until they accepted the confidentiality statement
 * only the statement: no agenda, no attendance.
 */
public record LiveState(long meetingId, String status, Long currentItemId, String statement, boolean accepted,
        boolean leads, boolean observer, MeetingAgenda agenda, List<Attendee> attendance) {

    public boolean live() {
        return "LOPEND".equals(status);
    }
}
