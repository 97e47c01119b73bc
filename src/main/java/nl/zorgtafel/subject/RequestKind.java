package nl.zorgtafel.subject;

/** What a young person (or their representative) asked, as recorded with the partner's decision. */
public enum RequestKind {
    /** Inzage (AVG art. 15, 20): an export of everything held. */
    INZAGE,
    /** Beperking (art. 18): keep, do not process. */
    BEPERKING,
    /** The restriction ends (the reason for it no longer holds). */
    BEPERKING_OPGEHEVEN,
    /** Wissing (art. 17): identifying data and free text erased. */
    WISSING
}
