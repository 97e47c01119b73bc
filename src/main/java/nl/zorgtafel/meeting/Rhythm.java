package nl.zorgtafel.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A table's meeting rhythm (every N weeks on a weekday, at a time, for a length) and the dates
 * it gives. Pure, so series generation can be tested without a database.
 */
public record Rhythm(DayOfWeek weekday, LocalTime start, int minutes, int everyWeeks) {

    /** The next {@code count} dates from {@code from} (inclusive), leaving out {@code skip}. */
    public List<LocalDate> dates(LocalDate from, int count, Set<LocalDate> skip) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = from.with(TemporalAdjusters.nextOrSame(weekday));
        while (dates.size() < count) {
            if (!skip.contains(date)) {
                dates.add(date);
            }
            date = date.plusWeeks(everyWeeks);
        }
        return dates;
    }

    public LocalTime end() {
        return start.plusMinutes(minutes);
    }
}
