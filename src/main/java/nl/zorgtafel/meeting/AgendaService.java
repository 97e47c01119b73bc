package nl.zorgtafel.meeting;

import static nl.zorgtafel.base.validation.FieldRefusal.require;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.casefile.LifecycleService;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * Builds a session's agenda: case items with their own deelnemers (who alone take part in that
 * case), planned minutes against the session's length, order within blocks, and the cut-off
 * after which added items are marked nagekomen.
 */
@Service
public class AgendaService {

    private static final String OBJECT = "meeting";

    private final AgendaRepository repository;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final InvitationService invitations;
    private final LifecycleService lifecycle;

    AgendaService(AgendaRepository repository, AccessService access, CurrentUser currentUser, AuditService audit,
            Clock clock, InvitationService invitations, LifecycleService lifecycle) {
        this.invitations = invitations;
        this.lifecycle = lifecycle;
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The agenda as the signed-in person may see it: chair and secretary see every item; others
     * see the general items and the case items their organisation takes part in, plus how many
     * other case items there are.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public MeetingAgenda agenda(long meetingId) {
        var facts = facts(meetingId);
        var table = access.tableAccess();
        List<MeetingAgenda.Item> all = repository.items(meetingId);
        List<MeetingAgenda.Item> visible = new ArrayList<>();
        int hidden = 0;
        Map<Long, Instant> starts = new HashMap<>();
        Instant next = facts.startsAt();
        for (MeetingAgenda.Item item : all) {
            starts.put(item.id(), next);
            next = next.plus(Duration.ofMinutes(item.plannedMinutes()));
            boolean takesPart = table.takesPart(item.participants().stream()
                    .map(MeetingAgenda.Participant::organisationId).toList());
            if (item.caseFileId() == null || takesPart) {
                visible.add(item);
            } else {
                hidden++;
                starts.remove(item.id());
            }
        }
        int planned = all.stream().mapToInt(MeetingAgenda.Item::plannedMinutes).sum();
        int available = (int) Duration.between(facts.startsAt(), facts.endsAt()).toMinutes();
        Instant cutOff = cutOff(facts);
        return new MeetingAgenda(meetingId, facts.startsAt(), facts.endsAt(), facts.status(), facts.place(),
                facts.videoLink(), visible, hidden, planned, available, cutOff, !clock.instant().isBefore(cutOff), starts);
    }

    /** Cases of the table that can be put on this agenda, with proposed deelnemers. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public List<SchedulableCase> schedulableCases(long meetingId) {
        var facts = facts(meetingId);
        return repository.schedulableCases(facts.tableId(), meetingId);
    }

    /**
     * Puts a case on the agenda with its deelnemers; after the cut-off the item is nagekomen.
     *
     * @throws FieldRefusal when the case cannot go on this agenda, minutes are off or no deelnemer is chosen
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public long addCase(long meetingId, long caseFileId, AgendaBlock block, int minutes, Set<Long> participants,
            Set<Long> people) {
        var facts = facts(meetingId);
        requireOpen(facts);
        // Every refusal of the dialog at once, on its field.
        var refusals = new FieldRefusal.Collector();
        // In the form's order, so the first refused field is the one that gets the focus.
        if (refusals.require(caseFileId > 0, "case", "validation.required")) {
            refusals.require(repository.schedulableCases(facts.tableId(), meetingId).stream()
                    .anyMatch(c -> c.caseFileId() == caseFileId), "case", "agenda.rule.case");
        }
        refusals.require(block == AgendaBlock.NEW_CASES || block == AgendaBlock.FOLLOW_UP, "block", "agenda.rule.block");
        refusals.require(minutes >= 1 && minutes <= 120, "minutes", "agenda.rule.minutes");
        refusals.require(participants != null && !participants.isEmpty(), "participants", "agenda.rule.participants");
        refusals.throwIfAny(FieldRefusal::new);
        requirePeopleOf(participants, people);
        boolean late = !clock.instant().isBefore(cutOff(facts));
        long id = repository.insert(meetingId, block, caseFileId, null, minutes, late, clock.instant());
        repository.replaceParticipants(id, participants);
        repository.replacePeople(id, people == null ? Set.of() : people);
        // A case discussed before comes back as a vervolgcasus: geagendeerd again.
        lifecycle.placedOnAgenda(caseFileId);
        invitations.syncInvitees(meetingId);
        audit.record(AuditKind.AGENDA_CHANGED, AuditObject.of(OBJECT, meetingId), "case " + caseFileId);
        return id;
    }

    /** Active people of the given deelnemer organisations, to pick an item's people from. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public List<MeetingAgenda.ItemPerson> peopleOf(Set<Long> organisations) {
        return organisations == null || organisations.isEmpty() ? List.of() : repository.peopleOf(organisations);
    }

    /**
     * Deelnemers are active partner organisations, and people may join an item only for one of
     * them: access stays per organisation.
     */
    private void requirePeopleOf(Set<Long> participants, Set<Long> people) {
        require(repository.allActive(participants), "participants", "agenda.rule.participants");
        if (people == null || people.isEmpty()) {
            return;
        }
        var organisationOf = repository.activeOrganisationOf(people);
        require(organisationOf.size() == people.size() && participants.containsAll(organisationOf.values()),
                "people", "agenda.rule.people");
    }

    /** Sets who takes part in a case item (and so may see the case). */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void setParticipants(long itemId, Set<Long> participants, Set<Long> people) {
        long meetingId = meetingOf(itemId);
        requireOpen(facts(meetingId));
        require(participants != null && !participants.isEmpty(), "participants", "agenda.rule.participants");
        requirePeopleOf(participants, people);
        repository.replaceParticipants(itemId, participants);
        repository.replacePeople(itemId, people == null ? Set.of() : people);
        invitations.syncInvitees(meetingId);
        audit.record(AuditKind.AGENDA_CHANGED, AuditObject.of(OBJECT, meetingId), "participants of item " + itemId);
    }

    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void setMinutes(long itemId, int version, int minutes) {
        long meetingId = meetingOf(itemId);
        requireOpen(facts(meetingId));
        require(minutes >= 1 && minutes <= 120, "minutes", "agenda.rule.minutes");
        if (!repository.setMinutes(itemId, version, minutes)) {
            throw new StaleEdit("Agenda item changed meanwhile");
        }
    }

    /** Moves an item one place up or down within its block (keyboard-friendly reordering). */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void move(long itemId, boolean up) {
        long meetingId = meetingOf(itemId);
        requireOpen(facts(meetingId));
        List<MeetingAgenda.Item> items = repository.items(meetingId);
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == itemId) {
                index = i;
            }
        }
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= items.size() || items.get(other).block() != items.get(index).block()) {
            return;
        }
        repository.swapPositions(items.get(index), items.get(other));
    }

    /**
     * Drag and drop: puts an item just before {@code targetId}, or just after it when
     * {@code below}; only within one block. Dropping an item on itself changes nothing.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void moveNextTo(long itemId, long targetId, boolean below) {
        long meetingId = meetingOf(itemId);
        requireOpen(facts(meetingId));
        require(meetingOf(targetId) == meetingId, "position", "agenda.rule.same-block");
        if (itemId == targetId) {
            return;
        }
        List<MeetingAgenda.Item> items = repository.items(meetingId);
        MeetingAgenda.Item moved = items.stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
        MeetingAgenda.Item target = items.stream().filter(i -> i.id() == targetId).findFirst().orElseThrow();
        require(moved.block() == target.block(), "position", "agenda.rule.same-block");
        List<MeetingAgenda.Item> block = new ArrayList<>(
                items.stream().filter(i -> i.block() == moved.block()).toList());
        List<Integer> positions = block.stream().map(MeetingAgenda.Item::position).toList();
        block.remove(moved);
        int at = block.indexOf(target) + (below ? 1 : 0);
        block.add(at, moved);
        for (int i = 0; i < block.size(); i++) {
            repository.setPosition(block.get(i).id(), positions.get(i));
        }
    }

    /** Takes a case item off the agenda. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void remove(long itemId) {
        long meetingId = meetingOf(itemId);
        requireOpen(facts(meetingId));
        Long caseFileId = repository.items(meetingId).stream().filter(i -> i.id() == itemId).findFirst()
                .map(MeetingAgenda.Item::caseFileId).orElse(null);
        repository.delete(itemId);
        if (caseFileId != null) {
            lifecycle.takenOffAgenda(caseFileId, meetingId);
        }
        invitations.syncInvitees(meetingId);
        audit.record(AuditKind.AGENDA_CHANGED, AuditObject.of(OBJECT, meetingId), "removed item " + itemId);
    }

    private AgendaRepository.MeetingFacts facts(long meetingId) {
        var facts = repository.meeting(meetingId).orElseThrow(() -> access.deny(OBJECT, meetingId));
        access.requireCurrentTable(facts.tableId(), OBJECT, meetingId);
        return facts;
    }

    private long meetingOf(long itemId) {
        return repository.meetingOf(itemId).orElseThrow(() -> access.deny("agenda_item", itemId));
    }

    /** The same clock time as the start, the table's number of working days earlier. */
    static Instant cutOff(AgendaRepository.MeetingFacts facts) {
        ZonedDateTime start = facts.startsAt().atZone(MeetingService.NETHERLANDS);
        return WorkingDays.before(start.toLocalDate(), facts.cutoffWorkingDays())
                .atTime(start.toLocalTime()).atZone(MeetingService.NETHERLANDS).toInstant();
    }

    private static void requireOpen(AgendaRepository.MeetingFacts facts) {
        require(facts.status() == MeetingStatus.GEPLAND || facts.status() == MeetingStatus.UITGENODIGD, "status",
                "meeting.rule.not-open");
    }

}
