package nl.zorgtafel.party;

/** What it takes to open a table; {@code code} prefixes its case codes (e.g. DR). */
public record NewCareTable(String name, String code, String confidentialityStatement) {
}
