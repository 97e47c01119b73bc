/** Mijn acties and the chair's action overview. */
package nl.zorgtafel.action.ui;
