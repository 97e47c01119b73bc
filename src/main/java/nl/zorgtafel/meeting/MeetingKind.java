package nl.zorgtafel.meeting;

/** Regular sessions follow the rhythm; extra and urgent ones are planned when needed. */
public enum MeetingKind {
    REGULIER, EXTRA, SPOED
}
