/**
 * The data subject's rights (F-9, issue 16): the chair finds a young person's cases at the table by
 * name and date of birth through the keyed hash, records the responsible partner's decision on the
 * request, and exports (PDF and JSON), restricts, lifts the restriction or erases. Every step is
 * audited against the cases, never with the name.
 */
package nl.zorgtafel.subject;
