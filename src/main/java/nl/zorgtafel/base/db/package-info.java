/**
 * Shared data-layer parts: jOOQ settings, the UTC converter used by generated code and the clock,
 * and the checks of the database server itself (flush settings, timestamp precision, no embedded
 * database in production). Holds no SQL of any feature.
 */
package nl.zorgtafel.base.db;
