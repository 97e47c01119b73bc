/**
 * The append-only, hash-chained audit log: who did or saw what, when, from where; never the
 * personal data itself. Security events reach it as Spring events, so security stays below it.
 */
package nl.zorgtafel.audit;
