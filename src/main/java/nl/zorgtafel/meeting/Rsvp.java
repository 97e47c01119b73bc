package nl.zorgtafel.meeting;

/** How an invitee answers: present, absent (with or without written input), or a substitute. */
public enum Rsvp {
    AANWEZIG, AFWEZIG, VERVANGER
}
