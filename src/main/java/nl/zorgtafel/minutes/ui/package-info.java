/** The minutes screen of a session. */
package nl.zorgtafel.minutes.ui;
