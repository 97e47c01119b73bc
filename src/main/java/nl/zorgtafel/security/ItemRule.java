package nl.zorgtafel.security;

import java.util.Set;

/**
 * The live meeting's access rule as one pure function, tested cell by cell: nothing of an item
 * before the confidentiality statement is accepted; a case item only for its deelnemers and the
 * table's leads; observers read the agenda and the general items, never a case item; a Beheerder
 * nothing.
 */
public final class ItemRule {

    private ItemRule() {
    }

    /**
     * @param caseItem   the item discusses a case (else: opening, review, rondvraag)
     * @param deelnemers the organisations taking part in a case item
     * @param accepted   the viewer accepted this session's confidentiality statement
     */
    public static ItemAccess decide(Viewer viewer, boolean caseItem, Set<Long> deelnemers, boolean accepted) {
        if (viewer.administrator() || viewer.roleAtTable().isEmpty()) {
            return ItemAccess.NONE;
        }
        TableRole role = viewer.roleAtTable().get();
        boolean lead = role.leads();
        boolean member = role == TableRole.LID;
        // General items are everybody's at the table; a case item only its deelnemers' and the leads'.
        boolean deelnemer = !caseItem || lead || (member && deelnemers.contains(viewer.organisationId()));
        boolean see = accepted && deelnemer;
        boolean takesPart = see && caseItem && (lead || member);
        return new ItemAccess(viewer.organisationId(), deelnemer, see, takesPart, lead && takesPart, takesPart,
                lead && takesPart, lead && takesPart);
    }
}
