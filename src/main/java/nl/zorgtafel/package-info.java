/**
 * Zorgtafel: case conferences against the sexual and criminal exploitation of young people.
 * Feature packages hang below this one; {@code base} holds what every feature shares.
 */
package nl.zorgtafel;
