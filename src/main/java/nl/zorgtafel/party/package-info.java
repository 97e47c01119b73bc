/**
 * Tables (zorgtafels), partner organisations, people and their roles per table.
 * Owns the tables organisation, care_table, person and table_membership.
 */
package nl.zorgtafel.party;
