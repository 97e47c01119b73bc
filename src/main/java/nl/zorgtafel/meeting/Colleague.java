package nl.zorgtafel.meeting;

/** A person of the same organisation who can stand in. */
public record Colleague(long personId, String name) {
}
