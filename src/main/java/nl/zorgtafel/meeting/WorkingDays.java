package nl.zorgtafel.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counting back working days (Monday to Friday) for the agenda's cut-off. */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The date {@code days} working days before {@code date}. */
    static LocalDate before(LocalDate date, int days) {
        LocalDate result = date;
        int left = days;
        while (left > 0) {
            result = result.minusDays(1);
            if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return result;
    }
}
