package nl.zorgtafel.live;

import java.util.Set;

import nl.zorgtafel.action.ActionsChanged;

/**
 * Something changed in a live session. No content: the receiving UI fetches what its own
 * person may see. {@code visibleToOrganisations} null means everyone at the session (general
 * changes such as the current item or attendance); otherwise only those organisations (and the
 * chair and secretary) hear of it.
 */
public record LiveChanged(long meetingId, Long agendaItemId, Set<Long> visibleToOrganisations) {

    static LiveChanged of(ActionsChanged change) {
        return new LiveChanged(change.meetingId(), change.agendaItemId(), change.visibleToOrganisations());
    }
}
