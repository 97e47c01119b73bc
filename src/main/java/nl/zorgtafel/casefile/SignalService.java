package nl.zorgtafel.casefile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;

/**
 * Signals on a case's timeline (product.md F-11): every partner that may see the case records
 * what it saw, as its own organisation. A signal on a case closed less than twelve months ago
 * proposes re-aanmelding to the chair, who reopens the case or sets the proposal aside.
 */
@Service
public class SignalService {

    /** A short fact: what was seen, not a report. */
    public static final int FACT_MAX = 500;
    /** How long after closing a new signal proposes re-aanmelding. */
    static final Duration REOPEN_WINDOW = Duration.ofDays(365);

    private final CaseGuard guard;
    private final SignalRepository signals;
    private final CaseHistoryRepository history;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    SignalService(CaseGuard guard, SignalRepository signals, CaseHistoryRepository history, CurrentUser currentUser,
            AuditService audit, Clock clock) {
        this.guard = guard;
        this.signals = signals;
        this.history = history;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a signal from the signed-in person's organisation. Refused (audited) without
     * need-to-know; a case whose data the retention job purged takes no new facts. Returns
     * whether it proposed re-aanmelding.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public boolean record(long caseId, CaseSignal.New signal) {
        var refusals = new FieldRefusal.Collector();
        refusals.require(signal.kind() != null, "kind", "signal.rule.required");
        LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        if (refusals.require(signal.observedOn() != null, "observedOn", "signal.rule.required")) {
            refusals.require(!signal.observedOn().isAfter(today), "observedOn", "case.rule.date-not-future");
        }
        refusals.require(!IntakeRules.isBlank(signal.fact()), "fact", "signal.rule.required");
        refusals.require(signal.fact() == null || signal.fact().strip().length() <= FACT_MAX, "fact",
                "signal.rule.too-long");
        refusals.throwIfAny(CaseRuleException::new);
        StoredCase stored = guard.toSee(caseId).stored();
        var user = currentUser.require();
        Instant now = clock.instant();
        boolean proposes = stored.status() == CaseStatus.AFGESLOTEN && stored.closedAt() != null
                && !stored.closedAt().plus(REOPEN_WINDOW).isBefore(now);
        signals.insert(caseId, new CaseSignal.New(signal.kind(), signal.observedOn(), signal.fact().strip()),
                user.organisationId(), user.personId(), proposes, now);
        history.add(caseId, user.personId(), CaseEventKind.SIGNAL, signal.kind().name(), now);
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(CaseGuard.OBJECT, caseId),
                proposes ? "signal, re-aanmelding proposed" : "signal");
        return proposes;
    }

    /** The chair decides against re-aanmelding: the proposals of the case leave the Overzicht. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void setProposalAside(long caseId) {
        guard.toTriage(caseId);
        Instant now = clock.instant();
        if (signals.handleProposals(caseId, now) > 0) {
            history.add(caseId, currentUser.require().personId(), CaseEventKind.REOPEN_PROPOSAL_SET_ASIDE, null, now);
            audit.record(AuditKind.CASE_CHANGED, AuditObject.of(CaseGuard.OBJECT, caseId), "re-aanmelding set aside");
        }
    }
}
