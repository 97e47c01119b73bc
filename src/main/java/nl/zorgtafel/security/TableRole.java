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

    /** Chair and secretary lead the table: they see every case of it and prepare its sessions. */
    public boolean leads() {
        return this == VOORZITTER || this == SECRETARIS;
    }

    /** The Spring Security authority granted while this role's table is the current one. */
    public String authority() {
        return "ROLE_" + name();
    }
}
