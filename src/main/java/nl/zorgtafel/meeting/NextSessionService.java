package nl.zorgtafel.meeting;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.TableMembership;

/** What the Overzicht says about the table's next session; reads only, through the agenda's own access rule. */
@Service
public class NextSessionService {

    private final MeetingRepository meetings;
    private final RsvpRepository answers;
    private final AgendaService agendas;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final Clock clock;

    NextSessionService(MeetingRepository meetings, RsvpRepository answers, AgendaService agendas,
            AccessService access, CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.answers = answers;
        this.agendas = agendas;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public Optional<NextSession> next() {
        var user = currentUser.require();
        return user.currentMembership().map(TableMembership::tableId)
                .flatMap(tableId -> meetings.next(tableId, clock.instant()))
                .map(meeting -> new NextSession(meeting, agendas.agenda(meeting.id()),
                        access.tableAccess().lead() ? answers.countAnswers(meeting.id()) : null,
                        answers.response(meeting.id(), user.personId()).orElse(null)));
    }
}
