package nl.zorgtafel.security;

/**
 * The need-to-know rule of product.md §2 as one pure function, so it can be tested cell by
 * cell. {@link AccessService} feeds it facts from the database and filters lists in SQL with
 * the same rule.
 */
public final class AccessRule {

    private AccessRule() {
    }

    public static CaseAccess decide(Viewer viewer, CaseRelations relations) {
        // Separation of duties: an administrator account never sees case content.
        if (viewer.administrator() || viewer.roleAtTable().isEmpty()) {
            return CaseAccess.NONE;
        }
        TableRole role = viewer.roleAtTable().get();
        boolean see = switch (role) {
            case VOORZITTER, SECRETARIS -> true;
            case LID -> relations.involves(viewer.organisationId());
            // Observers read the agenda (case codes) in a meeting, never the case file.
            case WAARNEMER -> false;
        };
        boolean change = switch (role) {
            case VOORZITTER, SECRETARIS -> true;
            case LID -> relations.proposingOrganisationId() == viewer.organisationId();
            case WAARNEMER -> false;
        };
        boolean identifying = see && relations.named() && viewer.covenantSigned();
        return new CaseAccess(see, identifying, change);
    }
}
