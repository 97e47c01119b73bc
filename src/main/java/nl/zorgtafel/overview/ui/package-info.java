/**
 * Overzicht: the home page. For now who you are and your tables and roles; later features add
 * their summaries (cases to triage, next session, overdue actions).
 */
package nl.zorgtafel.overview.ui;
