package nl.zorgtafel.live;

/**
 * How someone attends: present, sent apologies (afgemeld), stands in for someone (vervanger),
 * observes, or not known yet (invited, no answer, not seen).
 */
public enum Presence {
    AANWEZIG, AFGEMELD, VERVANGER, WAARNEMER, ONBEKEND
}
