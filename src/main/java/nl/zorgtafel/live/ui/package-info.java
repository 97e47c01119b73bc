/** The live meeting screen. */
package nl.zorgtafel.live.ui;
