package nl.zorgtafel.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * A session to plan or change, in Dutch local time: date, start, end, place or video link (at
 * least one), optionally its chair and secretary, and the organisations and people invited
 * beyond the table's members. {@code id}/{@code version} are null/0 for a new one.
 */
public record MeetingPlan(Long id, int version, MeetingKind kind, LocalDate date, LocalTime start, LocalTime end,
        String place, String videoLink, Long chairPersonId, Long secretaryPersonId, Set<Long> invitedOrganisationIds,
        Set<Long> invitedPersonIds) {

    public MeetingPlan {
        invitedOrganisationIds = invitedOrganisationIds == null ? Set.of() : Set.copyOf(invitedOrganisationIds);
        invitedPersonIds = invitedPersonIds == null ? Set.of() : Set.copyOf(invitedPersonIds);
    }

    /** A plan that invites nobody beyond the table's members. */
    public MeetingPlan(Long id, int version, MeetingKind kind, LocalDate date, LocalTime start, LocalTime end,
            String place, String videoLink, Long chairPersonId, Long secretaryPersonId) {
        this(id, version, kind, date, start, end, place, videoLink, chairPersonId, secretaryPersonId, Set.of(), Set.of());
    }
}
