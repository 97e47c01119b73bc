/**
 * Outgoing mail: the outbox (written in the caller's transaction), the background sender with
 * retries, and iCalendar attachments. Mails never carry personal data of a case.
 */
package nl.zorgtafel.mail;
