package nl.zorgtafel.casefile;

/**
 * The legal basis on which police or the OM share a person or place of concern with the table;
 * recorded per entry. The UI label comes from {@code concern-basis.NAME}.
 */
public enum ConcernBasis {
    /** Wet politiegegevens art. 20: a collaboration (the zorgtafel's covenant) designated for sharing. */
    WPG_ARTIKEL_20,
    /** Wet politiegegevens art. 19: sharing with third parties for a compelling public interest. */
    WPG_ARTIKEL_19,
    /** Wet justitiële en strafvorderlijke gegevens art. 39f: the OM's judicial data for care and safety. */
    WJSG_ARTIKEL_39F
}
