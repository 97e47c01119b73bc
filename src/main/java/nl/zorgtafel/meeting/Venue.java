package nl.zorgtafel.meeting;

/** Where a session is held: a place, a video link, or both (either may be null). */
public record Venue(String place, String videoLink) {

    static final Venue NONE = new Venue(null, null);
}
