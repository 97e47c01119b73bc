package nl.zorgtafel.casefile;

import java.time.Instant;

/** A meedenkconsult as shown: the anonymous question, the asking organisation and the advice. */
public record Consultation(long id, int version, String askingOrganisation, String question, Instant askedAt,
        String advice, String answeredBy, Instant answeredAt) {
}
