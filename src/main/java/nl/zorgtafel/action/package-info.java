/**
 * Actions agreed per party at a session (F-6): added live, changed with a version check, status
 * kept by the owning organisation (Mijn acties), reviewed at the next session, the chair's
 * accountability overview, and a daily reminder digest through the outbox.
 */
package nl.zorgtafel.action;
