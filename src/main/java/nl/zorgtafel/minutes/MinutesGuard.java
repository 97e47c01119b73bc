package nl.zorgtafel.minutes;

import org.springframework.stereotype.Component;

import nl.zorgtafel.security.AccessService;

/**
 * Loads a session or a case item for the minutes and letter services and asks the access service
 * whether it belongs to the signed-in person's current table; refuses (audited by the access
 * service) when it is unknown or of another table.
 */
@Component
class MinutesGuard {

    static final String MEETING = "meeting";
    static final String ITEM = "agenda_item";

    private final MinutesRepository repository;
    private final AccessService access;

    MinutesGuard(MinutesRepository repository, AccessService access) {
        this.repository = repository;
        this.access = access;
    }

    MinutesRepository.SessionFacts session(long meetingId) {
        var session = repository.session(meetingId).orElseThrow(() -> access.deny(MEETING, meetingId));
        access.requireCurrentTable(session.tableId(), MEETING, meetingId);
        return session;
    }

    MinutesRepository.CaseItem caseItem(long itemId) {
        var item = repository.caseItem(itemId).orElseThrow(() -> access.deny(ITEM, itemId));
        session(item.meetingId());
        return item;
    }
}
