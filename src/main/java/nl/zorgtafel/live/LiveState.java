package nl.zorgtafel.live;

import java.util.List;

import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.security.TableAccess;

/**
 * What one person sees of a live session. Until they accepted the confidentiality statement
 * only the statement: no agenda, no attendance.
 */
public record LiveState(long meetingId, MeetingStatus status, Long currentItemId, String statement, boolean accepted,
        TableAccess access, MeetingAgenda agenda, List<Attendee> attendance) {

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
