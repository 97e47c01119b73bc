/**
 * Encryption keys over time: which keys sealed stored values, a start-up check that every such key
 * is configured, and the re-encryption job that moves every sealed value to the active key so an
 * old key can be retired (issue 16). The cipher itself is {@code base.db.FieldEncryption}.
 */
package nl.zorgtafel.encryption;
