/** Screens for cases: the list (Casussen), the intake (Casus inbrengen) and the case file with triage. */
package nl.zorgtafel.casefile.ui;
