package nl.zorgtafel.casefile;

import java.time.LocalDate;

/**
 * When consent must be asked again (product.md F-2): the young person turning 16 (consent passes
 * from parent or guardian to the young person) and turning 18. Kept to the month of that
 * birthday, so what is stored in plain text is coarser than the encrypted date of birth.
 *
 * @param month the first day of the month in which the young person reaches {@code age}
 */
public record ConsentRecheck(LocalDate month, int age) {

    private static final int[] AGES = {16, 18};

    /** The next re-check after {@code given} (the day consent was given or last checked), or null when none is left. */
    static ConsentRecheck after(LocalDate dateOfBirth, LocalDate given) {
        if (dateOfBirth == null || given == null) {
            return null;
        }
        for (int age : AGES) {
            LocalDate birthday = dateOfBirth.plusYears(age);
            if (birthday.isAfter(given)) {
                return new ConsentRecheck(birthday.withDayOfMonth(1), age);
            }
        }
        return null;
    }

    /** Due from the first day of the birthday's month. */
    public boolean dueOn(LocalDate today) {
        return !month.isAfter(today);
    }
}
