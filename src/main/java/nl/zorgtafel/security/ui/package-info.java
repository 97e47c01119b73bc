/** The login view. */
package nl.zorgtafel.security.ui;
