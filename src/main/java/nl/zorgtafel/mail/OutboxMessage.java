package nl.zorgtafel.mail;

import java.time.Instant;

/** One stored outbox message. */
public record OutboxMessage(long id, String recipient, String subject, String text, String html, String calendar,
        String calendarMethod, OutboxStatus status, int attempts, String lastError, Instant createdAt, Instant sentAt,
        boolean sealed) {
}
