/**
 * Sessions (zittingen) of a table: planning one by one or as a series from the table's rhythm,
 * moving and cancelling. Agenda, invitations and live mode build on this.
 */
package nl.zorgtafel.meeting;
