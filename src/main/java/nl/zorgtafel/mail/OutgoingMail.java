package nl.zorgtafel.mail;

/** A mail to queue: plain text and HTML, optionally with an iCalendar attachment and its method. */
public record OutgoingMail(String recipient, String subject, String text, String html, String calendar,
        String calendarMethod) {
}
