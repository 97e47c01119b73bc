package nl.zorgtafel.meeting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.config.ZorgtafelProperties;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.mail.CalendarEvent;
import nl.zorgtafel.mail.IcsWriter;
import nl.zorgtafel.mail.OutboxService;
import nl.zorgtafel.mail.OutgoingMail;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.Roles;

/**
 * Uitnodigingen versturen: one mail per invitee with an iCalendar attachment (stable UID,
 * rising SEQUENCE, CANCEL on cancellation), queued in the outbox in the same transaction. A mail
 * names the table, time, place or link, the case codes of the items the invitee's organisation
 * takes part in, and a link into the app: never a name, date of birth, address or case text.
 * In Dutch: the invitee's language is not known here.
 */
@Service
public class InvitationService {

    private static final ZoneId NETHERLANDS = DutchTime.ZONE;
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm").withZone(NETHERLANDS);

    private final InvitationRepository repository;
    private final AgendaRepository agenda;
    private final OutboxService outbox;
    private final AccessService access;
    private final AuditService audit;
    private final Translations translations;
    private final java.time.Clock clock;
    private final String baseUrl;

    InvitationService(InvitationRepository repository, AgendaRepository agenda, OutboxService outbox,
            AccessService access, AuditService audit, Translations translations, java.time.Clock clock,
            ZorgtafelProperties properties) {
        this.repository = repository;
        this.agenda = agenda;
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
        this.baseUrl = properties.baseUrl();
    }

    /** Invites every active person of the table and sends each their invitation; returns how many. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public int sendInvitations(long meetingId) {
        var facts = repository.facts(meetingId);
        access.requireCurrentTable(facts.tableId(), "meeting", meetingId);
        if (facts.status() != MeetingStatus.GEPLAND && facts.status() != MeetingStatus.UITGENODIGD) {
            throw new FieldRefusal("status", "meeting.rule.not-open");
        }
        var expected = expected(meetingId, facts);
        removeUninvited(meetingId, facts, expected);
        for (long person : expected) {
            repository.invite(meetingId, person, clock.instant());
        }
        repository.markInvited(meetingId);
        int sent = mailAll(meetingId, repository.facts(meetingId), false);
        audit.record(AuditKind.INVITATIONS_SENT, AuditObject.of("meeting", meetingId), Integer.toString(sent));
        return sent;
    }

    /**
     * After the agenda's people changed on a session already sent out: a person newly named on a
     * case item gets an invitation; a person no longer expected gets METHOD:CANCEL.
     */
    void syncInvitees(long meetingId) {
        var facts = repository.facts(meetingId);
        if (facts.status() != MeetingStatus.UITGENODIGD) {
            return;
        }
        var expected = expected(meetingId, facts);
        removeUninvited(meetingId, facts, expected);
        inviteNewcomers(meetingId, facts, expected);
    }

    private void inviteNewcomers(long meetingId, InvitationRepository.CalendarFacts facts, Set<Long> expected) {
        var newcomers = new HashSet<>(expected);
        repository.invitees(meetingId, facts.tableId()).forEach(i -> newcomers.remove(i.personId()));
        if (newcomers.isEmpty()) {
            return;
        }
        newcomers.forEach(person -> repository.invite(meetingId, person, clock.instant()));
        var current = repository.facts(meetingId);
        List<MeetingAgenda.Item> items = agenda.items(meetingId);
        repository.invitees(meetingId, facts.tableId()).stream().filter(i -> newcomers.contains(i.personId()))
                .forEach(i -> outbox.enqueue(mail(meetingId, current, i, codesFor(i, items), false)));
    }

    /** The table's active members, the people named on the agenda's case items and the session's invited. */
    private Set<Long> expected(long meetingId, InvitationRepository.CalendarFacts facts) {
        var people = new LinkedHashSet<Long>();
        repository.tableMembers(facts.tableId()).forEach(m -> people.add(m.personId()));
        people.addAll(repository.itemPeople(meetingId));
        people.addAll(repository.invitedPeople(meetingId));
        return people;
    }

    /** Invitees no longer expected are taken off and get a cancellation (same UID, higher SEQUENCE). */
    private void removeUninvited(long meetingId, InvitationRepository.CalendarFacts facts, Set<Long> expected) {
        var gone = repository.invitees(meetingId, facts.tableId()).stream()
                .filter(i -> !expected.contains(i.personId())).toList();
        if (gone.isEmpty()) {
            return;
        }
        repository.raiseSequence(meetingId);
        var raised = repository.facts(meetingId);
        for (var invitee : gone) {
            repository.uninvite(meetingId, invitee.personId());
            outbox.enqueue(mail(meetingId, raised, invitee, List.of(), true));
        }
        audit.record(AuditKind.INVITATIONS_SENT, AuditObject.of("meeting", meetingId), "cancelled " + gone.size());
    }

    /** After a change of the session: an update (same UID, higher SEQUENCE) to everyone still invited. */
    void notifyChange(long meetingId) {
        var facts = repository.facts(meetingId);
        if (facts.status() != MeetingStatus.UITGENODIGD) {
            return;
        }
        // Those taken off hear only the cancellation, never the new details; newcomers get their first invitation.
        var expected = expected(meetingId, facts);
        removeUninvited(meetingId, facts, expected);
        mailAll(meetingId, repository.facts(meetingId), false);
        inviteNewcomers(meetingId, facts, expected);
    }

    /** After cancellation: METHOD:CANCEL to everyone invited. */
    void notifyCancel(long meetingId) {
        mailAll(meetingId, repository.facts(meetingId), true);
    }

    private int mailAll(long meetingId, InvitationRepository.CalendarFacts facts, boolean cancelled) {
        List<MeetingAgenda.Item> items = agenda.items(meetingId);
        int count = 0;
        for (var invitee : repository.invitees(meetingId, facts.tableId())) {
            outbox.enqueue(mail(meetingId, facts, invitee, codesFor(invitee, items), cancelled));
            count++;
        }
        return count;
    }

    /** Case codes only of the items the invitee's organisation takes part in (all for chair and secretary). */
    private static List<String> codesFor(InvitationRepository.Invitee invitee, List<MeetingAgenda.Item> items) {
        return items.stream()
                .filter(i -> i.caseCode() != null && (invitee.seesAllCases() || i.participants().stream()
                        .anyMatch(p -> p.organisationId() == invitee.organisationId())))
                .map(MeetingAgenda.Item::caseCode).toList();
    }

    /** Only a member of the table can open the session in the application; others get no link to a refusal. */
    private OutgoingMail mail(long meetingId, InvitationRepository.CalendarFacts facts, InvitationRepository.Invitee to,
            List<String> codes, boolean cancelled) {
        var day = DateTimeFormatter.ofPattern(text("mail.invitation.date-pattern"), Translations.DUTCH)
                .withZone(NETHERLANDS);
        String start = day.format(facts.start());
        String when = text("mail.invitation.when", start, UNTIL.format(facts.end()));
        String where = facts.place() != null ? facts.place() : facts.videoLink();
        String link = baseUrl + "/zitting/" + meetingId;
        String agendaLine = codes.isEmpty() ? text("mail.invitation.no-cases")
                : text("mail.invitation.cases", String.join(", ", codes));
        String subject = text(cancelled ? "mail.invitation.subject.cancelled" : "mail.invitation.subject",
                facts.tableName(), start);
        String text = (cancelled ? text("mail.invitation.text.cancelled", facts.tableName(), when)
                : to.member() ? text("mail.invitation.text", facts.tableName(), when, where, agendaLine, link)
                : text("mail.invitation.text.guest", facts.tableName(), when, where, agendaLine))
                + "\n\n" + text("mail.invitation.footer") + "\n";
        String html = "<p>" + HtmlUtils.htmlEscape(text).replace("\n", "<br>") + "</p>";
        String calendar = IcsWriter.invitation(new CalendarEvent(facts.uid(), facts.sequence(), facts.start(),
                facts.end(), text("calendar.summary", facts.tableName()), where,
                to.member() ? text("calendar.description", link) : text("calendar.description.guest"),
                to.member() ? link : null, cancelled));
        return new OutgoingMail(to.email(), subject, text, html, calendar, cancelled ? "CANCEL" : "REQUEST");
    }

    private String text(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.DUTCH, parameters);
    }
}
