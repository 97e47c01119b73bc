package nl.zorgtafel.security;

/**
 * Where the signed-in chair may handle a data subject's request: the cases of their current table
 * only. Each table is its own partnership, so a person known at another table is that table's
 * chair's to handle (the screen says how many other tables know them, never which).
 */
public record SubjectScope(long tableId, long personId) {
}
