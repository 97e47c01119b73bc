/**
 * The live meeting (F-5): the chair starts the session and moves everyone from item to item;
 * attendance and each attendee's acceptance of the confidentiality statement; inbreng per
 * partij and decisions per case item; updates pushed only to the UIs of that session whose
 * people may see the changed item ({@link nl.zorgtafel.live.LiveBroker}).
 */
package nl.zorgtafel.live;
