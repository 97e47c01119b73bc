package nl.zorgtafel.live;

import java.time.Instant;

/** One line of the attendance list. */
public record Attendee(long personId, String name, long organisationId, String organisationName, Presence presence,
        boolean writtenInput, String replacesName, Instant acceptedAt, int version) {
}
