/**
 * Bewaartermijnen: the preview and reports for chair, secretary and responsible partner, and the
 * Beheerder's periods.
 */
package nl.zorgtafel.retention.ui;
