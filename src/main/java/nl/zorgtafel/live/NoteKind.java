package nl.zorgtafel.live;

/** Inbreng: what one party shared (with its source organisation); besluit: a conclusion or decision. */
public enum NoteKind {
    INBRENG, BESLUIT
}
