package nl.zorgtafel.live;

/** How someone attends: present, sent apologies (afgemeld), stands in for someone (vervanger), or observes. */
public enum Presence {
    AANWEZIG, AFGEMELD, VERVANGER, WAARNEMER
}
