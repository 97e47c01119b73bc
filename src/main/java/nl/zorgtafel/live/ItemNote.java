package nl.zorgtafel.live;

import java.time.Instant;

/** Inbreng of one organisation, or a decision, on a case item. */
public record ItemNote(long id, NoteKind kind, Long organisationId, String organisationName, String body,
        String authorName, Instant createdAt) {
}
