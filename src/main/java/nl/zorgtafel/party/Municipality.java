package nl.zorgtafel.party;

/** A municipality from the administrator-maintained list; the CBS code is optional. */
public record Municipality(long id, String name, String cbsCode) {
}
