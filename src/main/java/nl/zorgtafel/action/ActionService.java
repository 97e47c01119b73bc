package nl.zorgtafel.action;

import static nl.zorgtafel.base.validation.FieldRefusal.require;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
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
import nl.zorgtafel.security.ItemAccess;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * Actions agreed at a session. Who may see or add them follows the item's deelnemers: chair and
 * secretary always, others when their organisation takes part in the item; observers never.
 * Every change is saved at once, checked against the version the person saw, and announced
 * (after commit) so the live meeting can push it.
 */
@Service
public class ActionService {

    static final ZoneId NETHERLANDS = DutchTime.ZONE;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_REASON = 1000;
    private static final String OBJECT = "action";

    private final ActionRepository repository;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LifecycleService lifecycle;

    ActionService(ActionRepository repository, AccessService access, CurrentUser currentUser, AuditService audit,
            ApplicationEventPublisher events, Clock clock, LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The actions agreed on a case item, for those who take part in it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<ActionView> forItem(long agendaItemId) {
        var item = item(agendaItemId);
        access.requireItem(itemAccess(item), ItemAccess::see, agendaItemId);
        return repository.ofItem(agendaItemId);
    }

    /** A case item's actions for the live page: those agreed on it, and the case's earlier ones. */
    public record ItemActions(List<ActionView> agreed, List<ActionView> earlier) {
    }

    /**
     * The actions agreed on a case item and those of the same case agreed in the table's earlier
     * sessions, for those who take part in it (one access decision for both).
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public ItemActions itemActions(long agendaItemId) {
        var item = item(agendaItemId);
        access.requireItem(itemAccess(item), ItemAccess::see, agendaItemId);
        return new ItemActions(repository.ofItem(agendaItemId), item.caseFileId() == null ? List.of()
                : repository.earlierOfCase(item.caseFileId(), item.tableId(), item.meetingStart()));
    }

    /**
     * Records an action on a case item; it is stored at once.
     *
     * @throws FieldRefusal when the party is not a deelnemer, the person is not of that party,
     *         the description is empty or too long, or the deadline is missing or past
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public long add(long agendaItemId, NewAction action) {
        var item = item(agendaItemId);
        var may = itemAccess(item);
        access.requireItem(may, ItemAccess::see, agendaItemId);
        require(item.caseFileId() != null, "item", "action.rule.case-item");
        access.requireItem(may, ItemAccess::addAction, agendaItemId);
        ZorgtafelUser user = currentUser.require();
        require(item.takesActions(), "item",
                "action.rule.meeting");
        validate(item, action, null);
        long id = repository.insert(item, action, user.personId(), clock.instant());
        lifecycle.actionAgreed(item.caseFileId());
        audit.record(AuditKind.ACTION_CREATED, AuditObject.of(OBJECT, id), "case " + item.caseFileId());
        announce(item);
        return id;
    }

    /**
     * Changes what was agreed. A change made meanwhile by someone else is never overwritten:
     * the caller gets {@link StaleEdit} and can look at the other change and apply theirs again.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void change(long actionId, int version, NewAction action) {
        var stored = repository.find(actionId).orElseThrow(() -> access.deny(OBJECT, actionId));
        var item = item(stored.agendaItemId());
        var may = itemAccess(item);
        // What a party agreed to is changed by that party, or by chair and secretary.
        if (!may.mayChangeActionOf(stored.organisationId())) {
            throw access.deny(OBJECT, actionId);
        }
        require(may.anyAction() || java.util.Objects.equals(action.organisationId(), stored.organisationId()),
                "organisation", "action.rule.own-party");
        validate(item, action, stored.deadline());
        if (!repository.change(actionId, version, action, clock.instant())) {
            throw new StaleEdit("Action changed meanwhile");
        }
        audit.record(AuditKind.ACTION_CHANGED, AuditObject.of(OBJECT, actionId),
                stored.deadline().equals(action.deadline()) ? "changed"
                        : "deadline " + stored.deadline() + " -> " + action.deadline());
        announce(item);
    }

    /** People of one deelnemer organisation of the item, to name as the action's person. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<Colleague> peopleFor(long agendaItemId, long organisationId) {
        var item = item(agendaItemId);
        access.requireItem(itemAccess(item), ItemAccess::see, agendaItemId);
        return item.deelnemers().contains(organisationId) ? repository.activePeopleOf(organisationId) : List.of();
    }

    /** A person who can be named on an action. */
    public record Colleague(long personId, String name) {
    }

    /** The latest state of one action (after a refused stale edit, to show the other change). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public ActionView find(long actionId) {
        var action = repository.find(actionId).orElseThrow(() -> access.deny(OBJECT, actionId));
        ZorgtafelUser user = currentUser.require();
        var item = item(action.agendaItemId());
        // The owner (Mijn acties) and the leads (Actieoverzicht) read it anywhere; others as part of its item.
        boolean owner = action.organisationId() == user.organisationId() || action.personIdIs(user.personId());
        if (!owner && !access.tableAccess().lead()) {
            access.requireItem(itemAccess(item), ItemAccess::see, item.itemId());
        } else {
            access.requireCurrentTable(item.tableId(), OBJECT, actionId);
        }
        return action;
    }

    /**
     * Status kept by the owning organisation (or chair and secretary). Niet mogelijk needs a
     * reason; niet uitgevoerd is only recorded at review.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void setStatus(long actionId, int version, ActionStatus status, String reason) {
        var action = repository.find(actionId).orElseThrow(() -> access.deny(OBJECT, actionId));
        var item = item(action.agendaItemId());
        ZorgtafelUser user = currentUser.require();
        access.requireCurrentTable(item.tableId(), OBJECT, actionId);
        // The owning organisation keeps its status (in Mijn acties too, outside any meeting), or the leads.
        if (!access.tableAccess().lead() && action.organisationId() != user.organisationId()) {
            throw access.deny(OBJECT, actionId);
        }
        require(status != null && status != ActionStatus.NIET_UITGEVOERD, "status", "action.rule.status");
        // Niet uitgevoerd was the review's finding; it stands until a later review.
        require(action.status() != ActionStatus.NIET_UITGEVOERD, "status", "action.rule.reviewed");
        String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
        require(status != ActionStatus.NIET_MOGELIJK || trimmed != null, "reason", "action.rule.reason");
        require(trimmed == null || trimmed.length() <= MAX_REASON, "reason", "action.rule.reason-length");
        if (!repository.setStatus(actionId, version, status, status == ActionStatus.NIET_MOGELIJK ? trimmed : null,
                clock.instant())) {
            throw new StaleEdit("Action changed meanwhile");
        }
        audit.record(AuditKind.ACTION_CHANGED, AuditObject.of(OBJECT, actionId), status.name());
        announce(item);
    }

    /**
     * Mijn acties: the signed-in person's and their organisation's actions at the current
     * table, overdue first, then open, then finished; one page.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<ActionView> mine(int offset, int limit) {
        ZorgtafelUser user = currentUser.require();
        return repository.mine(currentTable(), user.personId(), user.organisationId(), offset, limit);
    }

    /** How many of the person's and their organisation's actions are open, and how many of those overdue. */
    public record OpenCount(int open, int overdue) {
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public OpenCount countMyOpen() {
        ZorgtafelUser user = currentUser.require();
        return repository.countMyOpen(currentTable(), user.personId(), user.organisationId(), today());
    }

    /** Actions of earlier sessions that come back in a session's review block, as the person may see them. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<ActionView> forReview(long reviewItemId) {
        var item = item(reviewItemId);
        access.requireItem(itemAccess(item), ItemAccess::see, reviewItemId);
        var table = access.tableAccess();
        return repository.forReview(item.tableId(), item.meetingId(), item.meetingStart(),
                table.lead() ? null : table.organisationId());
    }

    /** How many earlier actions a session's review block will bring back (counts only, for planning the agenda). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public int countForReview(long reviewItemId) {
        var item = item(reviewItemId);
        access.requireCurrentTable(item.tableId(), "agenda_item", reviewItemId);
        return repository.countForReview(item.tableId(), item.meetingId(), item.meetingStart());
    }

    /** Records at review what became of an action: done, carries on, not possible (why) or not done. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void review(long actionId, int version, long reviewItemId, ReviewOutcome outcome, String note) {
        var reviewItem = item(reviewItemId);
        access.requireCurrentTable(reviewItem.tableId(), "agenda_item", reviewItemId);
        require(reviewItem.caseFileId() == null && repository.isReviewBlock(reviewItemId), "action",
                "action.rule.not-for-review");
        var action = repository.find(actionId).orElseThrow(() -> access.deny(OBJECT, actionId));
        require(repository.inReview(action.id(), reviewItem.tableId(), reviewItem.meetingId(),
                reviewItem.meetingStart()), "action", "action.rule.not-for-review");
        require(outcome != null, "outcome", "action.rule.outcome");
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        require(outcome != ReviewOutcome.NIET_MOGELIJK || trimmed != null, "note", "action.rule.reason");
        require(trimmed == null || trimmed.length() <= MAX_REASON, "note", "action.rule.reason-length");
        if (!repository.review(actionId, version, reviewItem.meetingId(), outcome, trimmed, clock.instant())) {
            throw new StaleEdit("Action changed meanwhile");
        }
        audit.record(AuditKind.ACTION_REVIEWED, AuditObject.of(OBJECT, actionId), outcome.name());
        events.publishEvent(new ActionsChanged(reviewItem.meetingId(), reviewItemId, null));
    }

    /** The chair's overview: the open actions of the table, overdue first; one page. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public List<ActionView> openAtTable(int offset, int limit) {
        return repository.openAtTable(currentTable(), offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public int countOpenAtTable() {
        return repository.countOpenAtTable(currentTable());
    }

    /** How many overdue actions one organisation has at the table. */
    public record Overdue(String organisationName, int count) {
    }

    /** For the chair's Overzicht: organisations with overdue actions at the table, most first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public List<Overdue> overdueByOrganisation() {
        return repository.overdueByOrganisation(currentTable(), today());
    }

    /** Per organisation: open, overdue, and of the finished ones how many by their deadline. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public List<OrganisationScore> scores() {
        return repository.scores(currentTable(), today());
    }

    /** Today in the Netherlands, by the injectable clock (deadlines are Dutch calendar days). */
    @jakarta.annotation.security.PermitAll
    public LocalDate today() {
        return LocalDate.now(clock.withZone(NETHERLANDS));
    }

    /**
     * Every refusal of the action form at once, each on its field. {@code keptDeadline}: an
     * existing deadline that may stay as it is even when it has passed.
     */
    private void validate(ActionRepository.ItemFacts item, NewAction action, LocalDate keptDeadline) {
        var refusals = new FieldRefusal.Collector();
        boolean organisation = refusals.require(action.organisationId() != null
                && item.deelnemers().contains(action.organisationId()), "organisation", "action.rule.organisation");
        if (organisation && action.personId() != null) {
            refusals.require(repository.activeOrganisationOf(action.personId()).filter(action.organisationId()::equals)
                    .isPresent(), "person", "action.rule.person");
        }
        if (refusals.require(action.description() != null && !action.description().isBlank(), "description",
                "action.rule.description")) {
            refusals.require(action.description().strip().length() <= MAX_DESCRIPTION, "description",
                    "action.rule.description-length");
        }
        if (refusals.require(action.deadline() != null, "deadline", "action.rule.deadline")) {
            refusals.require(action.deadline().equals(keptDeadline) || !action.deadline().isBefore(today()), "deadline",
                    "action.rule.deadline-past");
        }
        refusals.throwIfAny(FieldRefusal::new);
    }

    private ActionRepository.ItemFacts item(long itemId) {
        return repository.item(itemId).orElseThrow(() -> access.deny("agenda_item", itemId));
    }

    private long itemOf(long actionId) {
        return repository.itemOf(actionId).orElseThrow(() -> access.deny(OBJECT, actionId));
    }

    /** What the signed-in person may do with the item, by the one access decision. */
    private ItemAccess itemAccess(ActionRepository.ItemFacts item) {
        return access.itemAccess(item.tableId(), item.meetingId(), item.itemId(), item.caseFileId() != null,
                item.deelnemers());
    }

    private long currentTable() {
        return currentUser.require().currentMembership().orElseThrow(() -> access.deny(OBJECT, null)).tableId();
    }

    private void announce(ActionRepository.ItemFacts item) {
        events.publishEvent(new ActionsChanged(item.meetingId(), item.itemId(), item.deelnemers()));
    }
}
