package nl.zorgtafel.party;

/** One table in an overview list, with how many people sit at it. */
public record CareTableSummary(long id, String name, String code, int memberCount) {
}
