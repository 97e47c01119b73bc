package nl.zorgtafel.meeting;

import static nl.zorgtafel.base.validation.FieldRefusal.require;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * Invitees answer aanwezig, afwezig (saying whether and when written input comes instead) or
 * vervanger (a colleague of the same organisation); the chair and secretary see every answer.
 */
@Service
public class RsvpService {

    private final RsvpRepository repository;
    private final AgendaRepository agenda;
    private final AccessService access;
    private final CurrentUser currentUser;

    RsvpService(RsvpRepository repository, AgendaRepository agenda, AccessService access, CurrentUser currentUser) {
        this.repository = repository;
        this.agenda = agenda;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The signed-in person's invitation to the session, if invited. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public Optional<InviteeResponse> mine(long meetingId) {
        requireTable(meetingId);
        return repository.response(meetingId, currentUser.require().personId());
    }

    /** Colleagues of the signed-in person who could stand in. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public List<Colleague> colleagues() {
        ZorgtafelUser user = currentUser.require();
        return repository.colleagues(user.organisationId(), user.personId());
    }

    /**
     * Records the signed-in person's answer.
     *
     * @throws FieldRefusal when absent without saying about written input, or a substitute from elsewhere
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public void respond(long meetingId, int version, Rsvp response, Boolean writtenInput, LocalDate writtenInputWhen,
            Long substitutePersonId) {
        requireTable(meetingId);
        ZorgtafelUser user = currentUser.require();
        require(response != null, "response", "rsvp.rule.required");
        if (response == Rsvp.AFWEZIG) {
            require(writtenInput != null, "writtenInput", "rsvp.rule.written-input");
            require(!writtenInput || writtenInputWhen != null, "writtenInputWhen", "rsvp.rule.written-input-when");
        }
        if (response == Rsvp.VERVANGER) {
            require(substitutePersonId != null && repository.colleagues(user.organisationId(), user.personId())
                    .stream().anyMatch(c -> c.personId() == substitutePersonId), "substitute", "rsvp.rule.substitute");
        }
        boolean absent = response == Rsvp.AFWEZIG;
        if (repository.response(meetingId, user.personId()).isEmpty()) {
            throw new FieldRefusal("response", "rsvp.rule.not-invited");
        }
        if (!repository.respond(meetingId, user.personId(), version, response, absent ? writtenInput : null,
                absent && Boolean.TRUE.equals(writtenInput) ? writtenInputWhen : null,
                response == Rsvp.VERVANGER ? substitutePersonId : null)) {
            throw new StaleEdit("Answer changed meanwhile");
        }
    }

    /** Every invitee's answer, for the chair and secretary. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public List<InviteeResponse> responses(long meetingId) {
        requireTable(meetingId);
        return repository.responses(meetingId);
    }

    private void requireTable(long meetingId) {
        var facts = agenda.meeting(meetingId).orElseThrow(() -> access.deny("meeting", meetingId));
        access.requireCurrentTable(facts.tableId(), "meeting", meetingId);
    }

}
