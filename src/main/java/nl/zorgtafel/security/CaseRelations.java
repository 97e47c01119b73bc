package nl.zorgtafel.security;

import java.util.Set;

/**
 * The facts about one case that decide who may see it (product.md §2): its table, the
 * organisation that brought it in (verantwoordelijke partner), the organisations that are
 * deelnemer of an agenda item for it, those owning an action on it, and whether it is named.
 */
public record CaseRelations(long tableId, long proposingOrganisationId, Set<Long> deelnemerOrganisationIds,
        Set<Long> actionOwnerOrganisationIds, boolean named) {

    public CaseRelations {
        deelnemerOrganisationIds = Set.copyOf(deelnemerOrganisationIds);
        actionOwnerOrganisationIds = Set.copyOf(actionOwnerOrganisationIds);
    }

    boolean involves(long organisationId) {
        return proposingOrganisationId == organisationId
                || deelnemerOrganisationIds.contains(organisationId)
                || actionOwnerOrganisationIds.contains(organisationId);
    }
}
