package nl.zorgtafel.casefile;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.config.ZorgtafelProperties;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.mail.OutboxService;
import nl.zorgtafel.mail.OutgoingMail;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;

/**
 * Moves cases through their lifecycle (product.md F-3): the chair's triage, and what sessions do
 * to a case (discussed when a session ends, back on the agenda as a vervolgcasus, off it again),
 * closing and reopening. Every move is one version-guarded update and one history event.
 */
@Service
public class LifecycleService {

    private final CaseGuard guard;
    private final CaseRepository cases;
    private final CaseHistoryRepository history;
    private final CaseFollowUpRepository followUp;
    private final LegalHoldRepository holds;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final OutboxService outbox;
    private final Translations translations;
    private final String baseUrl;
    private final Clock clock;

    LifecycleService(CaseGuard guard, CaseRepository cases, CaseHistoryRepository history,
            CaseFollowUpRepository followUp, LegalHoldRepository holds, CurrentUser currentUser, AuditService audit,
            OutboxService outbox, Translations translations, ZorgtafelProperties properties, Clock clock) {
        this.guard = guard;
        this.holds = holds;
        this.cases = cases;
        this.history = history;
        this.followUp = followUp;
        this.currentUser = currentUser;
        this.audit = audit;
        this.outbox = outbox;
        this.translations = translations;
        this.baseUrl = properties.baseUrl();
        this.clock = clock;
    }

    /** The chair takes a proposed case into triage (aangemeld → in triage), so the proposer sees it is being looked at. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void startTriage(long caseId, int version) {
        StoredCase stored = guard.toTriage(caseId);
        move(StatusChange.of(stored, version, CaseStatus.IN_TRIAGE));
    }

    /**
     * The chair's triage decision. Afwijzen needs a reason and advice (e.g. "meld bij Veilig
     * Thuis"); meer informatie nodig needs the question. The proposer gets a mail with the case
     * code and a link only; they read the words in the case file.
     */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void decide(long caseId, int version, TriageDecision decision, String reason, String advice) {
        StoredCase stored = guard.toTriage(caseId);
        IntakeRules.require(decision != null, "decision", "case.rule.required");
        if (decision != TriageDecision.AGENDEREN) {
            IntakeRules.require(!IntakeRules.isBlank(reason), "reason", "case.rule.reason-required");
            IntakeRules.require(reason.strip().length() <= IntakeRules.TEXT_MAX, "reason", "case.rule.too-long");
        }
        if (decision == TriageDecision.AFWIJZEN) {
            IntakeRules.require(!IntakeRules.isBlank(advice), "advice", "case.rule.advice-required");
            IntakeRules.require(advice.strip().length() <= IntakeRules.TEXT_MAX, "advice", "case.rule.too-long");
        }
        StatusChange change = StatusChange.of(stored, version, decision.outcome());
        if (decision != TriageDecision.AGENDEREN) {
            change = change.withReason(reason.strip(),
                    decision == TriageDecision.AFWIJZEN ? advice.strip() : null);
        }
        move(change);
        notifyProposer(stored);
    }

    /**
     * Afsluiten: a discussed case with no open action left is closed with a reason; the 12-month
     * clock for herhaalde casus and the chair's check starts now.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void close(long caseId, int version, CloseReason reason) {
        IntakeRules.require(reason != null, "closeReason", "case.rule.close-reason");
        StoredCase stored = guard.toSteer(caseId);
        IntakeRules.require(!followUp.hasOpenActions(caseId), "status", "case.rule.open-actions");
        move(StatusChange.of(stored, version, CaseStatus.AFGESLOTEN).closedFor(reason));
    }

    /** Heropenen: a closed case returns to follow-up, a declined one to triage. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void reopen(long caseId, int version) {
        StoredCase stored = guard.toTriage(caseId);
        // A purged case has lost its texts and identity: a new proposal is the way back.
        IntakeRules.require(holds.purgedAt(caseId).isEmpty(), "status", "case.rule.purged");
        CaseStatus target = stored.status() == CaseStatus.AFGEWEZEN ? CaseStatus.AANGEMELD : CaseStatus.IN_OPVOLGING;
        move(StatusChange.of(stored, version, target));
    }

    /** The chair records the 12-month check of a closed case; it leaves the reminder list. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void confirmClosureCheck(long caseId) {
        StoredCase stored = guard.toTriage(caseId);
        IntakeRules.require(stored.status() == CaseStatus.AFGESLOTEN, "status", "case.rule.illegal-transition");
        Instant now = clock.instant();
        cases.markClosureChecked(caseId, now);
        history.add(caseId, actor(), CaseEventKind.CLOSURE_CHECKED, null, now);
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(CaseGuard.OBJECT, caseId), "closure check");
    }

    /** The chair allows the proposer to name an anonymous case that is already on an agenda. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void allowNaming(long caseId) {
        StoredCase stored = guard.toTriage(caseId);
        IntakeRules.require(!stored.named() && stored.status().onAgendaOrLater(), "named", "case.rule.naming-allowed");
        Instant now = clock.instant();
        cases.allowNaming(caseId, now);
        history.add(caseId, actor(), CaseEventKind.NAMING_ALLOWED, null, now);
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(CaseGuard.OBJECT, caseId), "naming allowed");
    }

    /**
     * Zitting afronden: every case on this session's agenda was discussed. A case on the agenda of
     * a coming session stays geagendeerd; the others become besproken, and in opvolging while an
     * action on them is open. Called by the live meeting in the chair's transaction.
     */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void meetingEnded(long meetingId) {
        Instant now = clock.instant();
        for (long caseId : followUp.casesOnAgendaOf(meetingId)) {
            StoredCase stored = guard.toSteer(caseId);
            history.addDiscussed(caseId, actor(), meetingId, now);
            if (stored.status() == CaseStatus.GEAGENDEERD && !followUp.onComingAgenda(caseId, meetingId)) {
                StatusChange discussed = StatusChange.of(stored, stored.version(), CaseStatus.BESPROKEN);
                move(discussed);
                if (followUp.hasOpenActions(caseId)) {
                    move(discussed.then(CaseStatus.IN_OPVOLGING));
                }
            }
        }
    }

    /** A discussed case is put on a later agenda again (vervolgcasus): it is geagendeerd once more. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void placedOnAgenda(long caseId) {
        StoredCase stored = guard.toSteer(caseId);
        if (stored.status() == CaseStatus.BESPROKEN || stored.status() == CaseStatus.IN_OPVOLGING) {
            move(StatusChange.of(stored, stored.version(), CaseStatus.GEAGENDEERD));
        }
    }

    /**
     * A case left an agenda (item removed, session cancelled). A vervolgcasus that was discussed
     * before and is on no other coming agenda returns to where it stood; a new case stays
     * geagendeerd, waiting for a session.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void takenOffAgenda(long caseId, long meetingId) {
        StoredCase stored = guard.toSteer(caseId);
        if (stored.status() == CaseStatus.GEAGENDEERD && followUp.wasDiscussed(caseId)
                && !followUp.onComingAgenda(caseId, meetingId)) {
            move(StatusChange.of(stored, stored.version(),
                    followUp.hasOpenActions(caseId) ? CaseStatus.IN_OPVOLGING : CaseStatus.BESPROKEN));
        }
    }

    /**
     * An action was agreed on the case after its session ended: a besproken case is in
     * opvolging from now on. Called by the action feature in the transaction that stored it.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void actionAgreed(long caseId) {
        StoredCase stored = guard.load(caseId).stored();
        if (stored.status() == CaseStatus.BESPROKEN) {
            move(StatusChange.of(stored, stored.version(), CaseStatus.IN_OPVOLGING));
        }
    }

    /** Applies one lifecycle move: refused when the lifecycle does not allow it, or somebody was first. */
    void move(StatusChange change) {
        if (!change.from().canMoveTo(change.to())) {
            throw new CaseRuleException("status", "case.rule.illegal-transition");
        }
        Instant now = clock.instant();
        if (!cases.apply(change, now)) {
            throw new CaseConflictException();
        }
        history.addStatus(change, actor(), now);
        audit.record(AuditKind.CASE_STATUS_CHANGED, AuditObject.of(CaseGuard.OBJECT, change.caseId()),
                change.to().name());
    }

    private Long actor() {
        return currentUser.require().personId();
    }

    /**
     * Tells the proposer a decision was taken; the mail holds the case code and a link, nothing else.
     * In Dutch: the proposer's language is not known here.
     */
    private void notifyProposer(StoredCase stored) {
        String link = baseUrl + "/casus/" + stored.id();
        cases.proposerEmail(stored.id()).ifPresent(email -> outbox.enqueue(new OutgoingMail(email,
                text("mail.decision.subject", stored.code()),
                text("mail.decision.text", stored.code(), link) + "\n\n" + text("mail.decision.footer") + "\n",
                null, null, null)));
    }

    private String text(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.DUTCH, parameters);
    }
}
