package nl.zorgtafel.casefile;

/** How soon the table should look at a case; acuut means: call 112 first, the table is no emergency route. */
public enum Urgency {
    NORMAAL, HOOG, ACUUT
}
