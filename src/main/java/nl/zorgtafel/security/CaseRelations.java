package nl.zorgtafel.security;

import java.util.Set;

/**
 * The facts about one case that decide who may see it (product.md §2): its table, the
 * organisation that brought it in (verantwoordelijke partner), the organisations that are
 * deelnemer of an agenda item for it, those owning an action on it, whether it is named, and
 * whether it is still a draft (the proposing organisation's alone), and whether its processing is
 * restricted at the young person's request (kept, not used).
 */
public record CaseRelations(long tableId, long proposingOrganisationId, Set<Long> deelnemerOrganisationIds,
        Set<Long> actionOwnerOrganisationIds, boolean named, boolean draft, boolean restricted) {

    public CaseRelations {
        deelnemerOrganisationIds = Set.copyOf(deelnemerOrganisationIds);
        actionOwnerOrganisationIds = Set.copyOf(actionOwnerOrganisationIds);
    }

    /** A case whose processing is not restricted. */
    public CaseRelations(long tableId, long proposingOrganisationId, Set<Long> deelnemerOrganisationIds,
            Set<Long> actionOwnerOrganisationIds, boolean named, boolean draft) {
        this(tableId, proposingOrganisationId, deelnemerOrganisationIds, actionOwnerOrganisationIds, named, draft,
                false);
    }

    boolean involves(long organisationId) {
        return proposingOrganisationId == organisationId
                || deelnemerOrganisationIds.contains(organisationId)
                || actionOwnerOrganisationIds.contains(organisationId);
    }

    boolean proposedBy(long organisationId) {
        return proposingOrganisationId == organisationId;
    }
}
