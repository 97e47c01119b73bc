/** Beheer: the administrator's screens for tables, organisations and people. */
package nl.zorgtafel.party.ui;
