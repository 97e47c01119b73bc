package nl.zorgtafel.party;

import java.time.LocalTime;
import java.util.Set;

/**
 * A table as the Beheerder edits it. Rhythm: ISO weekday (1 = Monday), start time, length in
 * minutes and every N weeks; all optional together. {@code code} prefixes case codes.
 */
public record CareTableSettings(Long id, String name, String code, String confidentialityStatement,
        Integer rhythmWeekday, LocalTime rhythmStart, Integer rhythmMinutes, Integer rhythmEveryWeeks,
        int cutoffWorkingDays, int version, Set<Long> municipalityIds) {

    public CareTableSettings {
        municipalityIds = Set.copyOf(municipalityIds);
    }

    public static CareTableSettings of(String name, String code, String confidentialityStatement) {
        return new CareTableSettings(null, name, code, confidentialityStatement, null, null, null, null, 2, 0, Set.of());
    }
}
