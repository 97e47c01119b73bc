package nl.zorgtafel.live;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The attendance in numbers, as the chair reads it ("12 van 15 aanwezig, 2 afgemeld"): a vervanger
 * takes the seat of the person they replace, observers are not counted.
 */
public record AttendanceCount(int present, int expected, int excused, int unknown, int observers) {

    public static AttendanceCount of(List<Attendee> attendance) {
        Set<Long> replaced = attendance.stream().filter(a -> a.presence() == Presence.VERVANGER)
                .map(Attendee::replacesPersonId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        int present = 0;
        int expected = 0;
        int excused = 0;
        int unknown = 0;
        int observers = 0;
        for (Attendee a : attendance) {
            if (a.presence() == Presence.WAARNEMER) {
                observers++;
                continue;
            }
            boolean seatTaken = a.presence() == Presence.AFGEMELD && replaced.contains(a.personId());
            if (seatTaken) {
                continue;
            }
            expected++;
            switch (a.presence()) {
                case AANWEZIG, VERVANGER -> present++;
                case AFGEMELD -> excused++;
                case ONBEKEND -> unknown++;
                default -> { }
            }
        }
        return new AttendanceCount(present, expected, excused, unknown, observers);
    }
}
