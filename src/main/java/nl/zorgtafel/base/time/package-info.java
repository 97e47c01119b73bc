/** Time shared by all features: the Dutch time zone. */
package nl.zorgtafel.base.time;
