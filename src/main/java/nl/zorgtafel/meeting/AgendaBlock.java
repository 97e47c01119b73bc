package nl.zorgtafel.meeting;

/** The fixed blocks of an agenda, in this order (product.md F-4). */
public enum AgendaBlock {
    OPENING, REVIEW_ACTIONS, NEW_CASES, FOLLOW_UP, RONDVRAAG
}
