/**
 * Shared data-layer parts: jOOQ settings, the UTC converter used by generated code and the clock.
 * Holds no SQL of any feature.
 */
package nl.zorgtafel.base.db;
