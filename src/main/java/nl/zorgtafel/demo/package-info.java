/**
 * Fictional demo data for the default run, active only in the {@code demo} profile.
 * Writes through the owning features' services, like any other caller.
 */
package nl.zorgtafel.demo;
