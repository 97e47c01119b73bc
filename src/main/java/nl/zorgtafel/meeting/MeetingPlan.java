package nl.zorgtafel.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A session to plan or change, in Dutch local time: date, start, end, place or video link (at
 * least one), and optionally its chair and secretary. {@code id}/{@code version} are null/0 for a new one.
 */
public record MeetingPlan(Long id, int version, MeetingKind kind, LocalDate date, LocalTime start, LocalTime end,
        String place, String videoLink, Long chairPersonId, Long secretaryPersonId) {
}
