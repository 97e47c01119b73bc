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
        boolean proposer = relations.proposedBy(viewer.organisationId());
        // A draft is its proposing organisation's alone, whoever else sits at the table.
        if (relations.draft() && !proposer) {
            return CaseAccess.NONE;
        }
        boolean see = switch (role) {
            case VOORZITTER, SECRETARIS -> true;
            case LID -> relations.involves(viewer.organisationId());
            // Observers read the agenda (case codes) in a meeting, never the case file.
            case WAARNEMER -> false;
        };
        boolean leads = role.leads();
        boolean change = leads || (role == TableRole.LID && proposer);
        boolean identifying = see && relations.named() && viewer.covenantSigned();
        boolean readTriage = leads || (role == TableRole.LID && proposer);
        // Moving data beyond the table is the verantwoordelijke partner's decision (product.md §2); the chair may
        // act for the table. Drafts never reach this line for anyone but the proposer, and are not reported.
        boolean register = !relations.draft()
                && (role == TableRole.VOORZITTER || (proposer && role != TableRole.WAARNEMER));
        if (relations.restricted()) {
            // Restricted at the young person's request (AVG art. 18): kept and listed, not used. Only the
            // chair's data subject screen lifts it, erases it or exports it.
            return new CaseAccess(see, false, false, readTriage, false, false, false, false, false, false, false);
        }
        // Safe contact is for those who sit at the case (product.md F-11), not for every reader of it.
        boolean safeContact = see && (leads || proposer || relations.deelnemerOrganisationIds().contains(
                viewer.organisationId()));
        // The police compartment (issue 19): police and the OM read and record, the chair reads to plan a joint
        // discussion; everyone else who sees the case learns only that it is linked. Its kenmerken identify
        // people, so the covenant is asked as for the young person's name; a draft takes none (it links to nothing).
        boolean compartment = see && viewer.covenantSigned();
        boolean concerns = compartment && (role == TableRole.VOORZITTER || viewer.policeOrJustice());
        boolean recordConcerns = compartment && viewer.policeOrJustice() && !relations.draft();
        return new CaseAccess(see, identifying, change, readTriage, role == TableRole.VOORZITTER, leads, register,
                safeContact, see, concerns, recordConcerns);
    }
}
