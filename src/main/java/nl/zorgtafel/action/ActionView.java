package nl.zorgtafel.action;

import java.time.LocalDate;

/** One action as shown in the live meeting, Mijn acties and the overview: a case code, never a name of the young person. */
public record ActionView(long id, long caseFileId, String caseCode, long meetingId, long agendaItemId,
        long organisationId, String organisationName, Long personId, String personName, String description,
        LocalDate deadline, ActionStatus status, String statusReason, ReviewOutcome reviewOutcome,
        Long reviewMeetingId, String reviewNote, int version) {

    public boolean personIdIs(long id) {
        return personId != null && personId == id;
    }

    public boolean overdue(LocalDate today) {
        return status.isOpen() && deadline.isBefore(today);
    }
}
