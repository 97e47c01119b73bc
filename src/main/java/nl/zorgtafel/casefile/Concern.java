package nl.zorgtafel.casefile;

import java.time.Instant;
import java.util.List;

/**
 * One person or place of concern of a case, as police, the OM and the chair read it: what it is,
 * on which legal basis it was shared, by whom, and the codes of the other cases of the table
 * that share it.
 */
public record Concern(long id, ConcernKind kind, String identifier, String note, ConcernBasis basis,
        String organisationName, String recordedBy, Instant recordedAt, List<String> linkedCaseCodes) {

    public Concern {
        linkedCaseCodes = List.copyOf(linkedCaseCodes);
    }

    /** A kenmerk: a name, an address, an account or a plate; not a report. */
    public static final int IDENTIFIER_MAX = 200;
    /** A short note: why it is of concern. */
    public static final int NOTE_MAX = 500;

    /** A new entry as police or the OM record it. */
    public record New(ConcernKind kind, String identifier, String note, ConcernBasis basis) {
    }
}
