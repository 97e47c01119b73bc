/**
 * Cases (casussen): anonymous-first intake, triage and the case file. Identifying data is stored
 * encrypted, shown only where the access service allows, and every showing is audited.
 */
package nl.zorgtafel.casefile;
