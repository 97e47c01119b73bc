package nl.zorgtafel.security;

/** Role names for {@code @RolesAllowed}; the table roles hold only for the current table. */
public final class Roles {

    public static final String BEHEERDER = "BEHEERDER";
    public static final String VOORZITTER = "VOORZITTER";
    public static final String SECRETARIS = "SECRETARIS";
    public static final String LID = "LID";
    public static final String WAARNEMER = "WAARNEMER";

    private Roles() {
    }
}
