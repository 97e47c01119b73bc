/**
 * Retention (F-9, issue 16): periods per table and phase, the nightly job that purges identifying
 * data and free text of due cases and meedenkconsulten while keeping the anonymous descriptors
 * insight counts, its reports, and the dry-run preview. The legal hold itself is the case's
 * ({@code casefile.LegalHoldService}).
 */
package nl.zorgtafel.retention;
