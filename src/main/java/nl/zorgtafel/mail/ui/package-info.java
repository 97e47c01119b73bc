/** Beheer → Uitgaande berichten: the outbox, so the demo works end to end without SMTP. */
package nl.zorgtafel.mail.ui;
