/** Zittingen: the table's sessions, and planning them one by one or as a series. */
package nl.zorgtafel.meeting.ui;
