package nl.zorgtafel.live;

import java.time.Instant;

/**
 * One line of the attendance list: how the person attends, whom a vervanger replaces, when and
 * how they accepted the statement, and whether they are a guest without an account.
 */
public record Attendee(long personId, String name, long organisationId, String organisationName, Presence presence,
        boolean writtenInput, Long replacesPersonId, String replacesName, Instant acceptedAt, AcceptedHow acceptedHow, boolean guest,
        int version) {

    /** In the room: present or standing in. */
    public boolean there() {
        return presence == Presence.AANWEZIG || presence == Presence.VERVANGER;
    }
}
