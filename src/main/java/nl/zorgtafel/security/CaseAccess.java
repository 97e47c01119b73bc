package nl.zorgtafel.security;

/** What a viewer may do with one case. Seeing identifying data implies seeing the case. */
public record CaseAccess(boolean see, boolean seeIdentifying, boolean change) {

    static final CaseAccess NONE = new CaseAccess(false, false, false);
}
