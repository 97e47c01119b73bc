package nl.zorgtafel.action;

import java.util.Set;

/**
 * Published after actions of an agenda item changed, for the live meeting to push. Carries no
 * content: only where, and which organisations may see that item (deelnemers).
 */
public record ActionsChanged(long meetingId, long agendaItemId, Set<Long> visibleToOrganisations) {
}
