package nl.zorgtafel.subject;

import java.time.Instant;

import nl.zorgtafel.casefile.CaseStatus;

/** One case of the young person at the chair's table, as the request screen lists it. */
public record SubjectCase(long id, String code, CaseStatus status, long proposingOrganisationId,
        String proposingOrganisation, Instant restrictedAt, boolean held) {
}
