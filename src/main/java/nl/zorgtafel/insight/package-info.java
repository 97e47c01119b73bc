/**
 * Insight (F-8, issue 15): counts, lead times and action figures of a table per period, computed in
 * SQL; small cells suppressed in everything that leaves the table (CSV, the Beheerder's totals).
 */
package nl.zorgtafel.insight;
