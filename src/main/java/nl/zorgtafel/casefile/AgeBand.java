package nl.zorgtafel.casefile;

/**
 * Age bands of the intake and the insight (under 12, 12–15, 16–17, 18–23): asked when the exact
 * age is unknown, derived from the age when it is known.
 */
public enum AgeBand {
    TOT_12, J12_15, J16_17, J18_23;

    /** The band of an age, or null past 23 (the table is about young people). */
    public static AgeBand of(int age) {
        if (age < 12) {
            return TOT_12;
        }
        if (age < 16) {
            return J12_15;
        }
        if (age < 18) {
            return J16_17;
        }
        return age < 24 ? J18_23 : null;
    }
}
