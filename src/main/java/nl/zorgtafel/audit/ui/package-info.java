/** The audit viewer for the Beheerder (installation) and the Voorzitter (their table). */
package nl.zorgtafel.audit.ui;
