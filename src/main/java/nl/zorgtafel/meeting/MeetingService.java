package nl.zorgtafel.meeting;

import static nl.zorgtafel.base.validation.FieldRefusal.require;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.casefile.LifecycleService;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.TableMembership;

/**
 * Plans the sessions of the current table: one by one, or a series from the table's rhythm
 * (Dutch local time; daylight saving handled by the time zone), moving and cancelling.
 */
@Service
public class MeetingService {

    static final ZoneId NETHERLANDS = DutchTime.ZONE;
    static final int MAX_SERIES = 26;
    private static final int SKIP_CANDIDATES = 6;
    private static final String OBJECT = "meeting";

    private final MeetingRepository repository;
    private final AgendaRepository agenda;
    private final InvitationService invitations;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final LifecycleService lifecycle;

    MeetingService(MeetingRepository repository, AgendaRepository agenda, InvitationService invitations,
            AccessService access, CurrentUser currentUser, AuditService audit, Clock clock,
            LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
        this.repository = repository;
        this.agenda = agenda;
        this.invitations = invitations;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Plans one session at the current table; returns its id.
     *
     * @throws FieldRefusal when times, place or link are wrong, or it overlaps another session
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public long plan(MeetingPlan plan) {
        long tableId = currentTable();
        Instant[] times = check(plan, tableId, null);
        long id = repository.insert(tableId, plan.kind(), times[0], times[1], plan, clock.instant());
        repository.invite(id, plan);
        agenda.insertStandardItems(id, clock.instant());
        audit.record(AuditKind.MEETING_PLANNED, AuditObject.of(OBJECT, id), plan.kind().name());
        return id;
    }

    /**
     * The dates the table's rhythm gives from {@code from} on: the series' dates and a few more,
     * so a chair can pick dates to skip (holidays) and still see what the series becomes.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public List<LocalDate> rhythmDates(LocalDate from, int count) {
        Rhythm rhythm = repository.rhythm(currentTable()).orElseThrow(() -> new FieldRefusal("rhythm",
                "meeting.rule.no-rhythm"));
        if (from == null || count < 1 || count > MAX_SERIES) {
            return List.of();
        }
        return rhythm.dates(from, count + SKIP_CANDIDATES, Set.of());
    }

    /**
     * Plans {@code count} regular sessions from the table's rhythm, from {@code from} on, leaving
     * out {@code skip}; returns their ids. Place and link come from {@code template}.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public List<Long> planSeries(LocalDate from, int count, Set<LocalDate> skip, MeetingPlan template) {
        long tableId = currentTable();
        Rhythm rhythm = repository.rhythm(tableId).orElseThrow(() -> new FieldRefusal("rhythm", "meeting.rule.no-rhythm"));
        require(count >= 1 && count <= MAX_SERIES, "count", "meeting.rule.series-count");
        require(from != null && !from.isBefore(LocalDate.now(clock.withZone(NETHERLANDS))), "from",
                "meeting.rule.in-the-past");
        List<Long> ids = new ArrayList<>();
        for (LocalDate date : rhythm.dates(from, count, skip == null ? Set.of() : skip)) {
            var plan = new MeetingPlan(null, 0, MeetingKind.REGULIER, date, rhythm.start(), rhythm.end(),
                    template.place(), template.videoLink(), template.chairPersonId(), template.secretaryPersonId(),
                    template.invitedOrganisationIds(), template.invitedPersonIds());
            Instant[] times;
            try {
                times = check(plan, tableId, null);
            } catch (FieldRefusal refusal) {
                // The series dialog has no date field: a collision is solved by skipping that date.
                throw new FieldRefusal(refusal.reasons().stream().map(r -> switch (r.messageKey()) {
                    case "meeting.rule.overlap" -> new FieldRefusal.Reason("skip", "meeting.rule.series-overlap");
                    case "meeting.rule.in-the-past" -> new FieldRefusal.Reason("from", r.messageKey());
                    default -> r;
                }).distinct().toList());
            }
            long id = repository.insert(tableId, MeetingKind.REGULIER, times[0], times[1], plan, clock.instant());
            repository.invite(id, plan);
            agenda.insertStandardItems(id, clock.instant());
            ids.add(id);
        }
        audit.record(AuditKind.MEETING_PLANNED, null, "series of " + ids.size());
        return ids;
    }

    /** Moves or otherwise changes a planned session; invitees' calendars update (sequence + 1). */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void change(MeetingPlan plan) {
        long tableId = repository.tableOf(plan.id()).orElseThrow(() -> access.deny(OBJECT, plan.id()));
        access.requireCurrentTable(tableId, OBJECT, plan.id());
        requireOpen(plan.id());
        Instant[] times = check(plan, tableId, plan.id());
        if (!repository.update(plan, times[0], times[1])) {
            throw new StaleEdit("Meeting changed meanwhile");
        }
        repository.invite(plan.id(), plan);
        // Those taken off get a cancellation, the others the update, newly invited their invitation.
        invitations.notifyChange(plan.id());
        audit.record(AuditKind.MEETING_CHANGED, AuditObject.of(OBJECT, plan.id()), null);
    }

    /** Cancels a session that has not started. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void cancel(long id, int version) {
        long tableId = repository.tableOf(id).orElseThrow(() -> access.deny(OBJECT, id));
        access.requireCurrentTable(tableId, OBJECT, id);
        requireOpen(id);
        if (!repository.cancel(id, version)) {
            throw new StaleEdit("Meeting changed meanwhile");
        }
        invitations.notifyCancel(id);
        // Its vervolgcasussen return to follow-up; new cases wait for another session.
        agenda.items(id).stream().map(MeetingAgenda.Item::caseFileId).filter(java.util.Objects::nonNull).distinct()
                .forEach(caseId -> lifecycle.takenOffAgenda(caseId, id));
        audit.record(AuditKind.MEETING_CANCELLED, AuditObject.of(OBJECT, id), null);
    }

    /** Sessions of the current table, upcoming (soonest first) or past (latest first). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public List<MeetingSummary> find(boolean upcoming, int offset, int limit) {
        return repository.find(currentTable(), upcoming, clock.instant(), offset, limit);
    }

    /** Sessions of the current table in a calendar month (Dutch time), for the month view. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public List<MeetingSummary> inMonth(java.time.YearMonth month) {
        return repository.between(currentTable(), month.atDay(1).atStartOfDay(NETHERLANDS).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(NETHERLANDS).toInstant());
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public int count(boolean upcoming) {
        return repository.count(currentTable(), upcoming, clock.instant());
    }

    private long currentTable() {
        return currentUser.require().currentMembership().map(TableMembership::tableId)
                .orElseThrow(() -> access.deny(OBJECT, null));
    }

    private void requireOpen(long id) {
        MeetingStatus status = repository.status(id).orElseThrow();
        require(status == MeetingStatus.GEPLAND || status == MeetingStatus.UITGENODIGD, "status",
                "meeting.rule.not-open");
    }

    /** Every refusal of the plan at once, on the fields concerned. */
    private Instant[] check(MeetingPlan plan, long tableId, Long exceptId) {
        var refusals = new FieldRefusal.Collector();
        refusals.require(plan.kind() != null, "kind", "meeting.rule.required");
        boolean dated = refusals.require(plan.date() != null, "date", "meeting.rule.required");
        boolean started = refusals.require(plan.start() != null, "start", "meeting.rule.required");
        boolean ended = refusals.require(plan.end() != null && (!started || plan.end().isAfter(plan.start())), "end",
                plan.end() == null ? "meeting.rule.required" : "meeting.rule.end-after-start");
        boolean hasPlace = plan.place() != null && !plan.place().isBlank();
        boolean hasLink = plan.videoLink() != null && !plan.videoLink().isBlank();
        refusals.require(hasPlace || hasLink, "place", "meeting.rule.place-or-link");
        refusals.require(!hasPlace || plan.place().length() <= 300, "place", "meeting.rule.too-long");
        refusals.require(!hasLink || (plan.videoLink().length() <= 500 && plan.videoLink().strip().startsWith("https://")),
                "videoLink", "meeting.rule.link");
        var leads = repository.leads(tableId).stream().map(Colleague::personId).collect(Collectors.toSet());
        refusals.require(plan.chairPersonId() == null || leads.contains(plan.chairPersonId()), "chair",
                "meeting.rule.lead");
        refusals.require(plan.secretaryPersonId() == null || leads.contains(plan.secretaryPersonId()), "secretary",
                "meeting.rule.lead");
        refusals.require(repository.countActiveOrganisations(plan.invitedOrganisationIds())
                == plan.invitedOrganisationIds().size(), "invitedOrganisations", "meeting.rule.invited");
        refusals.require(repository.countActivePeople(plan.invitedPersonIds()) == plan.invitedPersonIds().size(),
                "invitedPeople", "meeting.rule.invited");
        Instant[] times = null;
        if (dated && started && ended) {
            Instant start = plan.date().atTime(plan.start()).atZone(NETHERLANDS).toInstant();
            Instant end = plan.date().atTime(plan.end()).atZone(NETHERLANDS).toInstant();
            refusals.require(!start.isBefore(clock.instant()), "date", "meeting.rule.in-the-past");
            refusals.require(!repository.overlaps(tableId, exceptId, start, end), "date", "meeting.rule.overlap");
            times = new Instant[] {start, end};
        }
        refusals.throwIfAny(FieldRefusal::new);
        return times;
    }

    /** Where the table usually meets (its latest planned session): place and video link, either may be null. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public Venue usualVenue() {
        return repository.usualVenue(currentTable()).orElse(Venue.NONE);
    }

    /** Who a session invites beyond the table's members, to show in the dialog that changes it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public Invited invited(long meetingId) {
        long tableId = repository.tableOf(meetingId).orElseThrow(() -> access.deny(OBJECT, meetingId));
        access.requireCurrentTable(tableId, OBJECT, meetingId);
        return repository.invited(meetingId);
    }

    /** The table's chairs and secretaries, who can lead a session. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public List<Colleague> leads() {
        return repository.leads(currentTable());
    }
}
