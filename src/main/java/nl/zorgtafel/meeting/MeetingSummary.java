package nl.zorgtafel.meeting;

import java.time.Instant;

/** One session in a list. */
public record MeetingSummary(long id, MeetingKind kind, MeetingStatus status, Instant startsAt, Instant endsAt,
        String place, String videoLink, String chairName, int version, Long chairPersonId, Long secretaryPersonId) {
}
