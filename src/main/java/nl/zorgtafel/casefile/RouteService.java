package nl.zorgtafel.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
 * The case's route (product.md F-3): repeated risk assessments and the milestones of reports,
 * aangifte and safety plan, recorded by those who may change the case.
 */
@Service
public class RouteService {

    private final CaseGuard guard;
    private final CaseHistoryRepository history;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    RouteService(CaseGuard guard, CaseHistoryRepository history, CurrentUser currentUser, AuditService audit,
            Clock clock) {
        this.guard = guard;
        this.history = history;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a (repeated) risk assessment on the case. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void addRiskAssessment(long caseId, RiskAssessment assessment) {
        var refusals = new FieldRefusal.Collector();
        refusals.require(!IntakeRules.isBlank(assessment.instrument()) && assessment.instrument().length() <= 100,
                "instrument", "case.rule.required");
        refusals.require(assessment.assessedOn() != null && !assessment.assessedOn().isAfter(today()),
                "assessedOn", "case.rule.date-not-future");
        refusals.require(!IntakeRules.isBlank(assessment.outcome())
                && assessment.outcome().length() <= IntakeRules.TEXT_MAX, "outcome", "case.rule.required");
        refusals.require(!IntakeRules.isBlank(assessment.assessedBy()) && assessment.assessedBy().length() <= 200,
                "assessedBy", "case.rule.required");
        refusals.throwIfAny(CaseRuleException::new);
        guard.toChange(caseId);
        Instant now = clock.instant();
        long person = currentUser.require().personId();
        history.insertRiskAssessment(caseId, assessment, person, now);
        history.add(caseId, person, CaseEventKind.RISK_ASSESSMENT, assessment.instrument(), now);
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(CaseGuard.OBJECT, caseId), "risk assessment");
    }

    /** Records a step on the case's route (report, aangifte, safety plan, …). */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void addMilestone(long caseId, RouteMilestone milestone) {
        var refusals = new FieldRefusal.Collector();
        if (refusals.require(milestone.milestone() != null, "milestone", "case.rule.required")) {
            List<String> variants = milestone.milestone().variants();
            refusals.require(variants.isEmpty() ? milestone.variant() == null
                    : milestone.variant() != null && variants.contains(milestone.variant()), "variant",
                    "case.rule.required");
        }
        refusals.require(milestone.occurredOn() != null && !milestone.occurredOn().isAfter(today()),
                "occurredOn", "case.rule.date-not-future");
        refusals.require(milestone.note() == null || milestone.note().length() <= 1000, "note", "case.rule.too-long");
        refusals.throwIfAny(CaseRuleException::new);
        guard.toChange(caseId);
        Instant now = clock.instant();
        long person = currentUser.require().personId();
        history.insertMilestone(caseId, milestone, person, now);
        history.add(caseId, person, CaseEventKind.MILESTONE, milestone.milestone().name(), now);
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(CaseGuard.OBJECT, caseId), "milestone");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }
}
