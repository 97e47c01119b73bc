package nl.zorgtafel.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request handled at the table, for the list on the request screen (codes, never the person). */
public record SubjectRequest(long id, RequestKind kind, String responsibleOrganisation, String decidedBy,
        LocalDate decidedOn, String recordedBy, Instant recordedAt, List<String> caseCodes) {
}
