/** Beheer → Sleutels: the encryption keys and the re-encryption job's progress. */
package nl.zorgtafel.encryption.ui;
