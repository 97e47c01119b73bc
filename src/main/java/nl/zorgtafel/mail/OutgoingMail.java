package nl.zorgtafel.mail;

/**
 * A mail to queue: plain text and HTML, optionally with an iCalendar attachment and its method.
 *
 * @param sealed the text holds a secret for the recipient alone (a one-time link): nobody else sees
 *               it in the outbox, and it is wiped after delivery
 */
public record OutgoingMail(String recipient, String subject, String text, String html, String calendar,
        String calendarMethod, boolean sealed) {

    public OutgoingMail(String recipient, String subject, String text, String html, String calendar,
            String calendarMethod) {
        this(recipient, subject, text, html, calendar, calendarMethod, false);
    }

    /** A plain-text mail whose text only its recipient may read. */
    public static OutgoingMail sealed(String recipient, String subject, String text) {
        return new OutgoingMail(recipient, subject, text, null, null, null, true);
    }
}
