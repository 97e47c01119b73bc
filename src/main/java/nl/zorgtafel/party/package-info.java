/**
 * Tables (zorgtafels), partner organisations, people and their roles per table, and the
 * first-start command that creates an installation's first Beheerder.
 * Owns the tables organisation, care_table, person and table_membership.
 */
package nl.zorgtafel.party;
