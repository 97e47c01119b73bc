package nl.zorgtafel.live;

/**
 * How a person accepted the confidentiality statement: in their own browser, on the chair's
 * screen (a guest reading it there), or aloud, recorded by the chair or secretary.
 */
public enum AcceptedHow {
    ZELF, OP_SCHERM, MONDELING
}
