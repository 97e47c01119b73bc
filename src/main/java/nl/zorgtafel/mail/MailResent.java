package nl.zorgtafel.mail;

/**
 * A Beheerder sent a message again as {@code copyId}; published so the audit log records it (the
 * audit feature sends mail itself, so mail tells it by event rather than by calling it).
 */
public record MailResent(long originalId, long copyId) {
}
