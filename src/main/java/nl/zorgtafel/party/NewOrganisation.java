package nl.zorgtafel.party;

/** What it takes to register a partner organisation. */
public record NewOrganisation(String name, OrganisationType type, String email, String phone) {
}
