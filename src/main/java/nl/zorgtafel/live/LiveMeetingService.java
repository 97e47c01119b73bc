package nl.zorgtafel.live;

import static nl.zorgtafel.base.validation.FieldRefusal.require;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.casefile.LifecycleService;
import nl.zorgtafel.meeting.AgendaBlock;
import nl.zorgtafel.meeting.AgendaService;
import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.ItemAccess;
import nl.zorgtafel.security.TableAccess;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * Runs a session live: start, the current item for everyone, attendance and confidentiality
 * acceptance, inbreng per partij and decisions. Nothing of the session shows to a person until
 * they accepted the confidentiality statement; case items only to their deelnemers.
 */
@Service
public class LiveMeetingService {

    static final int MAX_NOTE = 4000;
    private static final String OBJECT = "meeting";

    private final LiveRepository repository;
    private final AttendanceRepository attendance;
    private final LiveBroker broker;
    private final AgendaService agendas;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LifecycleService lifecycle;
    private final ActionService actions;

    LiveMeetingService(LiveRepository repository, AttendanceRepository attendance, LiveBroker broker,
            AgendaService agendas, AccessService access, CurrentUser currentUser, AuditService audit,
            ApplicationEventPublisher events, Clock clock, LifecycleService lifecycle, ActionService actions) {
        this.attendance = attendance;
        this.broker = broker;
        this.actions = actions;
        this.lifecycle = lifecycle;
        this.repository = repository;
        this.agendas = agendas;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The session as the signed-in person may see it now. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public LiveState state(long meetingId) {
        return state(session(meetingId));
    }

    private LiveState state(LiveRepository.SessionFacts session) {
        long meetingId = session.meetingId();
        ZorgtafelUser user = currentUser.require();
        TableAccess table = access.tableAccess();
        boolean accepted = attendance.acceptedAt(meetingId, user.personId()).isPresent();
        if (!accepted) {
            return new LiveState(meetingId, session.status(), null, session.statement(), false, table, null,
                    List.of(), LiveState.Timing.NONE, Set.of());
        }
        var timing = new LiveState.Timing(session.startedAt(), session.currentSince(),
                repository.spentSeconds(meetingId), clock.instant());
        return new LiveState(meetingId, session.status(), session.currentItemId(), session.statement(), true, table,
                agendas.agenda(meetingId), attendance.attendance(meetingId), timing, broker.connected(meetingId));
    }

    /**
     * The whole live page in one transaction: the session, and the item the person looks at
     * ({@code lookingAt}, when it is on this session's agenda and they may list it; else the
     * current item) with its access decision and what that allows: notes and actions of a case
     * item, the review block's actions.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public LivePage page(long meetingId, Long lookingAt) {
        var session = session(meetingId);
        LiveState state = state(session);
        if (!state.accepted() || state.agenda() == null) {
            return new LivePage(state, null);
        }
        var items = state.agenda().items();
        var shown = items.stream().filter(i -> lookingAt != null && i.id() == lookingAt).findFirst()
                .or(() -> items.stream().filter(i -> java.util.Objects.equals(i.id(), state.currentItemId())).findFirst())
                .orElse(null);
        if (shown == null) {
            return new LivePage(state, null);
        }
        ItemAccess may = itemAccess(item(shown.id()), session);
        boolean caseItem = may.see() && shown.caseFileId() != null;
        // Only who agrees actions gets "vóór de volgende zitting".
        Instant nextSession = caseItem && may.addAction()
                ? repository.nextSessionStart(session.tableId(), session.startsAt()).orElse(null) : null;
        boolean review = shown.block() == AgendaBlock.REVIEW_ACTIONS;
        var itemActions = caseItem ? actions.itemActions(shown.id()) : new ActionService.ItemActions(List.of(), List.of());
        return new LivePage(state, new LivePage.Item(shown, may,
                caseItem ? repository.question(shown.caseFileId()).orElse(null) : null,
                caseItem ? repository.notes(shown.id()) : List.of(), itemActions.agreed(), itemActions.earlier(),
                may.see() && review && !state.observer() ? actions.forReview(shown.id()) : List.of(), nextSession));
    }

    /**
     * The signed-in person accepts the confidentiality statement; stored with its time. Only
     * while the session runs does it also put them on the attendance list (present, or observer
     * for observers): reading the record before or afterwards is not attending.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public void accept(long meetingId) {
        var session = session(meetingId);
        require(session.status() != MeetingStatus.GEANNULEERD, "status", "meeting.rule.not-open");
        ZorgtafelUser user = currentUser.require();
        attendance.accept(meetingId, user.personId(), AcceptedHow.ZELF, null, clock.instant());
        if (session.status() == MeetingStatus.LOPEND) {
            attendance.upsert(meetingId, user.personId(),
                    access.tableAccess().observer() ? Presence.WAARNEMER : Presence.AANWEZIG,
                    false, null, clock.instant());
            attendance.presentIfUnknown(meetingId, user.personId(), clock.instant());
        }
        audit.record(AuditKind.CONFIDENTIALITY_ACCEPTED, AuditObject.of(OBJECT, meetingId), null);
        events.publishEvent(new LiveChanged(meetingId, null, null));
    }

    /**
     * Zitting starten: the session goes live at its first item; attendance starts from the
     * answers to the invitation.
     */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void start(long meetingId) {
        var session = session(meetingId);
        List<MeetingAgenda.Item> items = agendas.agenda(meetingId).items();
        if (!repository.start(meetingId, items.isEmpty() ? null : items.getFirst().id(), clock.instant())) {
            throw new FieldRefusal("status", "live.rule.cannot-start");
        }
        attendance.seed(meetingId, session.tableId(), clock.instant());
        attendance.seedFromAcceptances(meetingId, session.tableId(), clock.instant());
        audit.record(AuditKind.MEETING_STARTED, AuditObject.of(OBJECT, meetingId), null);
        events.publishEvent(new LiveChanged(meetingId, null, null));
    }

    /** Volgend agendapunt: moves everyone to the next item. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void next(long meetingId) {
        var session = live(meetingId);
        List<MeetingAgenda.Item> items = agendas.agenda(meetingId).items();
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (session.currentItemId() != null && items.get(i).id() == session.currentItemId()) {
                at = i;
            }
        }
        require(at + 1 < items.size(), "item", "live.rule.last-item");
        repository.setCurrentItem(session, items.get(at + 1).id(), clock.instant());
        events.publishEvent(new LiveChanged(meetingId, null, null));
    }

    /** Moves everyone to a chosen item of this session. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void goTo(long meetingId, long itemId) {
        var session = live(meetingId);
        require(repository.meetingOfItem(itemId).filter(m -> m == meetingId).isPresent(), "item", "live.rule.item");
        repository.setCurrentItem(session, itemId, clock.instant());
        events.publishEvent(new LiveChanged(meetingId, null, null));
    }

    /** Zitting afronden: the session is over; the minutes can be drafted. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void end(long meetingId) {
        var session = session(meetingId);
        if (!repository.end(meetingId, clock.instant())) {
            throw new FieldRefusal("status", "live.rule.not-live");
        }
        // The last item's time counts up to the end; the current item stays as it was.
        repository.closeClock(session, clock.instant());
        // Each case on the agenda was discussed: besproken, or in opvolging with open actions.
        lifecycle.meetingEnded(meetingId);
        audit.record(AuditKind.MEETING_ENDED, AuditObject.of(OBJECT, meetingId), null);
        events.publishEvent(new LiveChanged(meetingId, null, null));
    }

    /** Inbreng and decisions of a case item, for its deelnemers who accepted the statement. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<ItemNote> notes(long itemId) {
        access.requireItem(itemAccess(item(itemId)), ItemAccess::see, itemId);
        return repository.notes(itemId);
    }

    /**
     * Records inbreng of a party (members for their own organisation, chair and secretary for any
     * deelnemer) or a decision (chair and secretary). Saved at once and pushed.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public long addNote(long itemId, NoteKind kind, Long organisationId, String body) {
        var item = item(itemId);
        var may = itemAccess(item);
        access.requireItem(may, ItemAccess::see, itemId);
        ZorgtafelUser user = currentUser.require();
        var session = session(item.meetingId());
        require(session.status() == MeetingStatus.LOPEND || session.status() == MeetingStatus.AFGEROND, "body",
                "live.rule.not-live");
        require(item.caseFileId() != null, "body", "action.rule.case-item");
        require(kind != null, "kind", "live.rule.kind");
        require(body != null && !body.isBlank(), "body", "live.rule.body");
        require(body.strip().length() <= MAX_NOTE, "body", "live.rule.body-length");
        Long source = null;
        if (kind == NoteKind.INBRENG) {
            require(organisationId != null && item.deelnemers().contains(organisationId), "organisation",
                    "live.rule.organisation");
            require(may.mayGiveInbrengFor(organisationId), "organisation", "live.rule.own-organisation");
            source = organisationId;
        } else {
            require(may.decide(), "kind", "live.rule.decision");
        }
        long id = repository.addNote(itemId, kind, source, body.strip(), user.personId(), clock.instant());
        audit.record(AuditKind.NOTE_ADDED, AuditObject.of("agenda_item", itemId), kind.name());
        events.publishEvent(new LiveChanged(item.meetingId(), itemId, Set.copyOf(item.deelnemers())));
        return id;
    }

    private LiveRepository.SessionFacts session(long meetingId) {
        var session = repository.session(meetingId).orElseThrow(() -> access.deny(OBJECT, meetingId));
        access.requireCurrentTable(session.tableId(), OBJECT, meetingId);
        return session;
    }

    private LiveRepository.SessionFacts live(long meetingId) {
        var session = session(meetingId);
        require(session.status() == MeetingStatus.LOPEND, "status", "live.rule.not-live");
        return session;
    }

    private LiveRepository.ItemFacts item(long itemId) {
        return repository.item(itemId).orElseThrow(() -> access.deny("agenda_item", itemId));
    }

    /** What the signed-in person may do with the item, by the one access decision. */
    private ItemAccess itemAccess(LiveRepository.ItemFacts item) {
        return itemAccess(item, session(item.meetingId()));
    }

    private ItemAccess itemAccess(LiveRepository.ItemFacts item, LiveRepository.SessionFacts session) {
        return access.itemAccess(session.tableId(), item.meetingId(), item.itemId(), item.caseFileId() != null,
                item.deelnemers());
    }
}
