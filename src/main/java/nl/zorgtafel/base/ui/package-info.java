/**
 * The app shell every view shares: main layout and navigation, translations, locale, error handling.
 * Views of features hang into it through Vaadin's automatic layout.
 */
package nl.zorgtafel.base.ui;
