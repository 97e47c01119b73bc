package nl.zorgtafel.casefile;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;

/**
 * Legal hold (bewaarplicht) on a case (F-9, issue 16): the chair sets it with who asked (e.g. OM,
 * politie) and a short reason, and lifts it later. While held, the retention job skips the case;
 * once lifted, the held time moves its due date. Hold rows are kept as history. Both steps audited.
 */
@Service
public class LegalHoldService {

    /** The reason is free text that may name someone: kept short. */
    public static final int MAX_REASON = 300;

    private final CaseGuard guard;
    private final LegalHoldRepository repository;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    LegalHoldService(CaseGuard guard, LegalHoldRepository repository, CurrentUser currentUser, AuditService audit,
            Clock clock) {
        this.guard = guard;
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case's hold and purge state for whoever may see the case; the reason only for the chair. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public LegalHold state(long caseId) {
        var guarded = guard.toSee(caseId);
        boolean chair = guarded.access().triage();
        var marks = repository.marks(caseId);
        Instant purgedAt = marks.purgedAt();
        long heldDays = repository.heldSeconds(caseId) / 86_400;
        return repository.open(caseId, false)
                .map(h -> new LegalHold(true, h.since(), h.organisationId(), h.organisation(), chair ? h.reason() : null,
                        heldDays, purgedAt, chair, marks.erased(), marks.restrictedAt()))
                .orElse(new LegalHold(false, null, null, null, null, heldDays, purgedAt, chair && purgedAt == null,
                        marks.erased(), marks.restrictedAt()));
    }

    /**
     * Sets a hold on the case: the chair only, not on a purged case nor twice. {@code reason} is
     * required and short ({@value #MAX_REASON} characters).
     */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void set(long caseId, Long requestedByOrganisationId, String reason) {
        String why = reason == null ? "" : reason.strip();
        FieldRefusal.require(requestedByOrganisationId != null, "requestedBy", "hold.rule.requested-by");
        FieldRefusal.require(!why.isEmpty(), "reason", "hold.rule.reason");
        FieldRefusal.require(why.length() <= MAX_REASON, "reason", "hold.rule.reason-length");
        guard.toTriage(caseId);
        FieldRefusal.require(repository.purgedAt(caseId).isEmpty(), "reason", "hold.rule.purged");
        FieldRefusal.require(repository.open(caseId, true).isEmpty(), "reason", "hold.rule.already");
        repository.set(caseId, requestedByOrganisationId, why, currentUser.require().personId(), clock.instant());
        // Who asked, as an organisation id; never the reason (free text).
        audit.record(AuditKind.LEGAL_HOLD_SET, AuditObject.of(CaseGuard.OBJECT, caseId),
                "requested by organisation " + requestedByOrganisationId);
    }

    /** Lifts the hold in force; the retention clock runs again, moved by the held time. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void lift(long caseId) {
        guard.toTriage(caseId);
        var hold = repository.open(caseId, true).orElseThrow(() -> new FieldRefusal("hold", "hold.rule.none"));
        repository.lift(hold, caseId, currentUser.require().personId(), clock.instant());
        audit.record(AuditKind.LEGAL_HOLD_LIFTED, AuditObject.of(CaseGuard.OBJECT, caseId), null);
    }
}
