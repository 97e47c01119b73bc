package nl.zorgtafel.security;

/**
 * A person's role at one table (product.md §2), weightiest first. Beheerder is installation-wide,
 * see {@link Roles}.
 */
public enum TableRole {
    VOORZITTER,
    SECRETARIS,
    LID,
    WAARNEMER;

    /** The Spring Security authority granted while this role's table is the current one. */
    public String authority() {
        return "ROLE_" + name();
    }
}
