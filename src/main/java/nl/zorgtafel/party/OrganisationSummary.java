package nl.zorgtafel.party;

/** One partner organisation in an overview list, with how many active people work there. */
public record OrganisationSummary(long id, String name, OrganisationType type, String email, int personCount,
        boolean active) {
}
