package nl.zorgtafel.live;

import static nl.zorgtafel.base.validation.FieldRefusal.require;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;

/**
 * Attendance as the chair or secretary completes it during the session: how each person
 * attends, people in the room who were not on the list (also a guest without an account who
 * accepts the statement on the chair's screen or aloud), afgemeld with written input, and a
 * vervanger of the same organisation.
 */
@Service
public class AttendanceService {

    public static final int MAX_NAME = 200;
    private static final String OBJECT = "meeting";

    private final AttendanceRepository repository;
    private final LiveRepository sessions;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceService(AttendanceRepository repository, LiveRepository sessions, AccessService access,
            CurrentUser currentUser, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.sessions = sessions;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Someone the chair can add to the attendance list or name as vervanger. */
    public record Candidate(long personId, String name, String organisationName) {
    }

    /** Records how someone attends; written input only goes with afgemeld. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void setPresence(long meetingId, long personId, int version, Presence presence, boolean writtenInput) {
        open(meetingId);
        require(presence != null, "presence", "live.rule.presence");
        if (!repository.setPresence(meetingId, personId, version, presence,
                presence == Presence.AFGEMELD && writtenInput, clock.instant())) {
            throw new StaleEdit("Attendance changed meanwhile");
        }
        recorded(meetingId, presence.name());
    }

    /** The people the chair can add as present: members and people invited for a case item, not listed yet. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public List<Candidate> candidates(long meetingId) {
        return repository.candidates(meetingId, open(meetingId).tableId());
    }

    /** Adds a listed candidate as present (an observer as waarnemer). */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void addPerson(long meetingId, long personId) {
        var session = open(meetingId);
        require(repository.candidates(meetingId, session.tableId()).stream().anyMatch(c -> c.personId() == personId),
                "person", "attendance.rule.person");
        repository.upsert(meetingId, personId, Presence.AANWEZIG, false, null, clock.instant());
        recorded(meetingId, "added");
    }

    /**
     * Adds a guest in the room who has no account: a named person of one of the session's
     * deelnemer organisations, present, with their acceptance of the statement recorded as given
     * on this screen or aloud. Returns the guest's person id.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public long addGuest(long meetingId, String name, Long organisationId, AcceptedHow how) {
        open(meetingId);
        String trimmed = name == null ? "" : name.strip();
        var refusal = new FieldRefusal.Collector();
        refusal.require(!trimmed.isEmpty(), "name", "attendance.rule.guest-name");
        refusal.require(trimmed.length() <= MAX_NAME, "name", "attendance.rule.guest-name-length");
        refusal.require(organisationId != null && repository.deelnemers(meetingId).contains(organisationId),
                "organisation", "attendance.rule.guest-organisation");
        refusal.require(how == AcceptedHow.OP_SCHERM || how == AcceptedHow.MONDELING, "how",
                "attendance.rule.guest-accepted");
        refusal.throwIfAny(FieldRefusal::new);
        var now = clock.instant();
        long personId = repository.insertGuest(trimmed, organisationId, now);
        repository.upsert(meetingId, personId, Presence.AANWEZIG, false, null, now);
        repository.accept(meetingId, personId, how, currentUser.require().personId(), now);
        audit.record(AuditKind.CONFIDENTIALITY_ACCEPTED, AuditObject.of(OBJECT, meetingId), "guest " + how.name());
        recorded(meetingId, "guest");
        return personId;
    }

    /** Records that a person on the list accepted the statement on this screen or aloud. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void recordAcceptance(long meetingId, long personId, AcceptedHow how) {
        open(meetingId);
        require(how == AcceptedHow.OP_SCHERM || how == AcceptedHow.MONDELING, "how", "attendance.rule.guest-accepted");
        require(repository.presenceOf(meetingId, personId).isPresent(), "person", "attendance.rule.person");
        var now = clock.instant();
        repository.accept(meetingId, personId, how, currentUser.require().personId(), now);
        repository.presentIfUnknown(meetingId, personId, now);
        audit.record(AuditKind.CONFIDENTIALITY_ACCEPTED, AuditObject.of(OBJECT, meetingId), "recorded " + how.name());
        recorded(meetingId, "accepted");
    }

    /** Colleagues of the same organisation who can stand in for a person on the list. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public List<Candidate> substitutes(long meetingId, long absentPersonId) {
        open(meetingId);
        return repository.substitutes(meetingId, absentPersonId);
    }

    /** The substitute stands in for the absent person, who is afgemeld. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void setSubstitute(long meetingId, long absentPersonId, Long substitutePersonId) {
        open(meetingId);
        require(repository.presenceOf(meetingId, absentPersonId).isPresent(), "person", "attendance.rule.person");
        require(substitutePersonId != null && repository.substitutes(meetingId, absentPersonId).stream()
                .anyMatch(c -> c.personId() == substitutePersonId), "substitute", "attendance.rule.substitute");
        repository.substitute(meetingId, absentPersonId, substitutePersonId, clock.instant());
        recorded(meetingId, Presence.VERVANGER.name());
    }

    /** Attendance is completed while the session runs and until its minutes are definitive. */
    private LiveRepository.SessionFacts open(long meetingId) {
        var session = sessions.session(meetingId).orElseThrow(() -> access.deny(OBJECT, meetingId));
        access.requireCurrentTable(session.tableId(), OBJECT, meetingId);
        require(session.status() == MeetingStatus.LOPEND || session.status() == MeetingStatus.AFGEROND, "status",
                "live.rule.not-live");
        return session;
    }

    private void recorded(long meetingId, String what) {
        audit.record(AuditKind.ATTENDANCE_RECORDED, AuditObject.of(OBJECT, meetingId), what);
        events.publishEvent(new LiveChanged(meetingId, null, null));
    }
}
