package nl.zorgtafel.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CaseAccess;
import nl.zorgtafel.security.CaseScope;
import nl.zorgtafel.security.Roles;

/**
 * Reading cases: the case file as one person may see it, lists filtered by the need-to-know
 * rule in SQL, and the home page's case news. Every opening and every showing of identifying
 * data (or refusal) is audited.
 */
@Service
public class CaseService {

    private static final int NEWS = 20;

    private final CaseGuard guard;
    private final CaseRepository cases;
    private final CaseListRepository lists;
    private final CaseHistoryRepository history;
    private final CaseFollowUpRepository followUp;
    private final IdentityCipher cipher;
    private final AccessService access;
    private final AuditService audit;
    private final Clock clock;
    private final ConsultationRepository consultations;
    private final RegistrationRepository registrations;
    private final SignalRepository signals;
    private final ConcernRepository concerns;

    CaseService(CaseGuard guard, CaseRepository cases, CaseListRepository lists, CaseHistoryRepository history,
            CaseFollowUpRepository followUp, IdentityCipher cipher, AccessService access, AuditService audit,
            Clock clock, ConsultationRepository consultations, RegistrationRepository registrations,
            SignalRepository signals, ConcernRepository concerns) {
        this.signals = signals;
        this.concerns = concerns;
        this.consultations = consultations;
        this.registrations = registrations;
        this.guard = guard;
        this.cases = cases;
        this.lists = lists;
        this.history = history;
        this.followUp = followUp;
        this.cipher = cipher;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a case file for the signed-in person, in one read-only transaction: refused (and
     * audited) without need-to-know or when it is another organisation's draft; identifying data
     * only where allowed; the chair's words only for the proposing organisation and the table's
     * leads; where else the young person is known only for the leads.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public CaseFileView open(long caseId) {
        var guarded = guard.toSee(caseId);
        StoredCase stored = guarded.stored();
        CaseAccess rights = guarded.access();
        audit.record(AuditKind.CASE_VIEWED, AuditObject.of(CaseGuard.OBJECT, caseId), null);
        CaseIntake intake = stored.intakeWithoutIdentifying();
        boolean hidden = false;
        if (stored.named()) {
            if (rights.seeIdentifying()) {
                intake = intake.withIdentifying(cipher.decrypt(stored.identity()));
                audit.record(AuditKind.IDENTIFYING_DATA_VIEWED, AuditObject.of(CaseGuard.OBJECT, caseId), null);
            } else {
                hidden = true;
                audit.record(AuditKind.ACCESS_DENIED, AuditObject.of(CaseGuard.OBJECT, caseId), "identifying data");
            }
        }
        boolean worded = stored.status() == CaseStatus.AFGEWEZEN || stored.status() == CaseStatus.MEER_INFORMATIE;
        var triage = rights.readTriage() && worded ? stored.triageOutcome() : null;
        var events = history.events(caseId);
        if (!rights.readTriage()) {
            events = events.stream().map(CaseFileView.CaseEvent::withoutTriageText).toList();
        }
        var matches = rights.steer() ? lists.matches(stored.identity().personHash(), caseId, stored.tableId())
                : RepeatMatches.NONE;
        var actions = followUp.actions(caseId);
        boolean closable = (stored.status() == CaseStatus.BESPROKEN || stored.status() == CaseStatus.IN_OPVOLGING)
                && actions.stream().noneMatch(CaseFileView.CaseAction::open);
        // The police compartment's hit: that the case shares a person or place of concern, not what or which.
        boolean linked = rights.concernHit() && concerns.linked(caseId);
        if (linked) {
            audit.record(AuditKind.CONCERN_HIT, AuditObject.of(CaseGuard.OBJECT, caseId), "hit known to the reader");
        }
        return new CaseFileView(stored.id(), stored.tableId(), stored.code(), stored.status(),
                stored.proposingOrganisationId(), stored.proposingOrganisationName(), stored.repeatCase(),
                stored.submittedAt(), stored.closedAt(), stored.closeReason(), intake, cases.municipalityNames(caseId),
                cases.involvedOrganisationNames(caseId), hidden, rights, triage, closable, stored.namingAllowed(),
                stored.consentRecheck(), matches, events, history.riskAssessments(caseId), history.milestones(caseId),
                followUp.discussions(caseId), actions,
                rights.register() ? registrations.load(caseId).orElse(null) : null,
                signals.forCase(caseId, stored.status() == CaseStatus.AFGESLOTEN ? stored.closedAt() : null), linked);
    }

    /**
     * The young person's name, for a letter addressed to them: only for a named case and only when
     * the access service lets the signed-in person see its identifying data (the covenant). The
     * showing is audited as a view of identifying data, a refusal as a denied look; empty for an
     * anonymous case, a hidden name or a name never filled in. Refused (audited) without
     * need-to-know.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.VOORZITTER)
    public Optional<String> nameToAddress(long caseId) {
        return nameShown(caseId, "name in letter");
    }

    /**
     * The young person's name for the signed-in person's copy of the minutes: the same rule and
     * audit as {@link #nameToAddress}, without opening (and auditing) the whole case file.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public Optional<String> nameInMinutes(long caseId) {
        return nameShown(caseId, "name in minutes");
    }

    private Optional<String> nameShown(long caseId, String where) {
        var guarded = guard.toSee(caseId);
        StoredCase stored = guarded.stored();
        if (!stored.named()) {
            return Optional.empty();
        }
        if (!guarded.access().seeIdentifying()) {
            audit.record(AuditKind.ACCESS_DENIED, AuditObject.of(CaseGuard.OBJECT, caseId), "identifying data");
            return Optional.empty();
        }
        String name = cipher.name(stored.identity());
        if (name == null) {
            return Optional.empty();
        }
        audit.record(AuditKind.IDENTIFYING_DATA_VIEWED, AuditObject.of(CaseGuard.OBJECT, caseId), where);
        return Optional.of(name);
    }

    /**
     * The identifying data of named cases of the current table, for blacking out in documents
     * only (never shown): the minutes redact every named case a copy may not name.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public Map<Long, IdentifyingData> identitiesToRedact(Collection<Long> caseIds) {
        Map<Long, IdentifyingData> identities = new HashMap<>();
        for (long caseId : caseIds) {
            StoredCase stored = guard.load(caseId).stored();
            if (stored.named()) {
                identities.put(caseId, cipher.decrypt(stored.identity()));
            }
        }
        return identities;
    }

    /** Cases of the current table the signed-in person may see, newest first, paged in SQL. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<CaseSummary> find(CaseFilter filter, int offset, int limit) {
        return find(filter, List.of(), offset, limit);
    }

    /** The same, sorted in SQL before paging (newest first within equal values). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<CaseSummary> find(CaseFilter filter, List<CaseSort.Order> order, int offset, int limit) {
        return lists.find(access.caseScope(), filter, order, offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public int count(CaseFilter filter) {
        return lists.count(access.caseScope(), filter);
    }

    /**
     * What the home page shows about cases: how many await triage and which of them concern a
     * young person known elsewhere, the person's organisation's cases the chair returned,
     * declined or agendered (with the chair's words), and for the table's leads the cases ready
     * to close and closed cases due for their 12-month check.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public CaseDashboard dashboard() {
        CaseScope scope = access.caseScope();
        int awaiting = lists.count(scope, new CaseFilter(CaseStatus.AANGEMELD, null, null, null, false))
                + lists.count(scope, new CaseFilter(CaseStatus.IN_TRIAGE, null, null, null, false));
        var decided = lists.decidedFor(scope,
                List.of(CaseStatus.MEER_INFORMATIE, CaseStatus.AFGEWEZEN, CaseStatus.GEAGENDEERD), NEWS);
        var consent = lists.consentRecheckDue(scope, LocalDate.now(clock.withZone(DutchTime.ZONE)), NEWS);
        int advised = consultations.countAnswered(scope.tableId(), scope.organisationId(),
                clock.instant().minus(30, ChronoUnit.DAYS));
        if (!scope.allOfTable()) {
            return new CaseDashboard(awaiting, List.of(), List.of(), decided, List.of(), List.of(), consent, 0, advised,
                    List.of());
        }
        return new CaseDashboard(awaiting, lists.triageQueue(scope.tableId(), NEWS),
                lists.awaitingTriageAndKnown(scope.tableId(), NEWS), decided,
                lists.readyToClose(scope.tableId(), NEWS),
                lists.dueForClosureCheck(scope.tableId(), clock.instant().minus(365, ChronoUnit.DAYS), NEWS),
                consent, consultations.countWaiting(scope.tableId()), advised,
                lists.proposedForReopening(scope.tableId(), NEWS));
    }
}
