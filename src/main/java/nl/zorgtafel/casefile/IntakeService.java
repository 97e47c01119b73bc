package nl.zorgtafel.casefile;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.ZorgtafelUser;
import nl.zorgtafel.security.CurrentUser;

/**
 * Bringing a case in (product.md F-2) and keeping its facts: drafts, submitting to the chair,
 * answering the chair's question, naming an anonymous case, risk assessments and route
 * milestones. Identifying data is encrypted before it is stored; history records field names,
 * never values.
 */
@Service
public class IntakeService {

    private static final Set<String> NOT_COMPARED = Set.of("id", "version", "identifying");

    private final CaseGuard guard;
    private final CaseRepository cases;
    private final CaseHistoryRepository history;
    private final LifecycleService lifecycle;
    private final IdentityCipher cipher;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    IntakeService(CaseGuard guard, CaseRepository cases, CaseHistoryRepository history, LifecycleService lifecycle,
            IdentityCipher cipher, AccessService access, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.guard = guard;
        this.cases = cases;
        this.history = history;
        this.lifecycle = lifecycle;
        this.cipher = cipher;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves an intake as a draft (concept) at the current table, or saves changes to an existing
     * case; returns its id. For an existing named case, {@code identifying == null} keeps the
     * stored identifying data. A case on an agenda is named through {@link #name} instead.
     *
     * @throws CaseRuleException     when the intake breaks a rule (e.g. identifying data in an anonymous case)
     * @throws CaseConflictException when somebody else saved the case since it was opened
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public long save(CaseIntake given) {
        IntakeRules.checkDraft(given);
        CaseIntake intake = given.withBandOnDay(today());
        ZorgtafelUser user = currentUser.require();
        Instant now = clock.instant();
        if (intake.id() == null) {
            long tableId = access.caseScope().tableId();
            int year = LocalDate.now(clock.withZone(DutchTime.ZONE)).getYear();
            String code = "%s-%d-%04d".formatted(cases.tableCode(tableId), year, cases.nextNumber(tableId, year));
            long id = cases.insert(tableId, code, user.organisationId(), user.personId(), intake,
                    cipher.encrypt(intake.named(), intake.identifying(), null), now);
            planConsentRecheck(id, intake, intake.identifying() == null ? null : intake.identifying().dateOfBirth());
            history.add(id, user.personId(), CaseEventKind.CREATED, null, now);
            audit.record(AuditKind.CASE_CREATED, AuditObject.of(CaseGuard.OBJECT, id), null);
            return id;
        }
        StoredCase stored = guard.toChange(intake.id());
        IntakeRules.require(stored.status() != CaseStatus.AFGESLOTEN && stored.status() != CaseStatus.AFGEWEZEN,
                "status", "case.rule.closed");
        IntakeRules.require(stored.named() || !intake.named() || stored.status().beforeAgenda(), "named",
                "case.rule.name-through-naming");
        var identity = intake.named() ? cipher.encrypt(true, intake.identifying(), stored.identity())
                : StoredCase.EncryptedIdentity.NONE;
        if (!cases.update(intake, identity, now)) {
            throw new CaseConflictException();
        }
        planConsentRecheck(intake.id(), intake, intake.identifying() != null && intake.identifying().dateOfBirth() != null
                ? intake.identifying().dateOfBirth() : cipher.dateOfBirth(identity));
        List<String> changed = changedFields(stored.intakeWithoutIdentifying(), intake);
        if (intake.identifying() != null && intake.named()) {
            changed.add("identifying");
        }
        history.add(intake.id(), user.personId(), CaseEventKind.CHANGED, String.join(", ", changed), now);
        if (intake.named() && !stored.named()) {
            // Moving from anonymous to named is a decision of its own: who, when, on which basis.
            history.add(intake.id(), user.personId(), CaseEventKind.NAMED,
                    intake.legalBasis() == null ? null : intake.legalBasis().name(), now);
        }
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(CaseGuard.OBJECT, intake.id()), null);
        return intake.id();
    }

    /** Saves the intake and submits it to the chair in one step (one transaction); returns the id. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public long saveAndSubmit(CaseIntake intake) {
        long id = save(intake);
        submit(id, cases.load(id).orElseThrow().version());
        return id;
    }

    /**
     * Submits a draft to the chair. Checks the whole intake, and marks a herhaalde casus when a
     * case of the same person closed in the last 12 months, at any table.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void submit(long caseId, int version) {
        StoredCase stored = guard.toChange(caseId);
        IntakeRules.require(stored.status() == CaseStatus.CONCEPT || stored.status() == CaseStatus.AFGEWEZEN,
                "status", "case.rule.illegal-transition");
        lifecycle.move(submission(stored, version));
    }

    /**
     * The proposer answers the chair's "meer informatie nodig" and submits the case again; the
     * answer is kept in the history for the chair.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void answer(long caseId, int version, String answer) {
        StoredCase stored = guard.toChange(caseId);
        IntakeRules.require(stored.status() == CaseStatus.MEER_INFORMATIE, "status", "case.rule.illegal-transition");
        IntakeRules.require(!IntakeRules.isBlank(answer), "answer", "case.rule.answer-required");
        IntakeRules.require(answer.strip().length() <= IntakeRules.TEXT_MAX, "answer", "case.rule.too-long");
        history.addAnswer(caseId, currentUser.require().personId(), answer.strip(), clock.instant());
        lifecycle.move(submission(stored, version));
    }

    private StatusChange submission(StoredCase stored, int version) {
        IntakeRules.checkSubmission(cipher.withDecryptedBirth(stored), stored.identity().personHash() != null,
                today());
        return StatusChange.of(stored, version, CaseStatus.AANGEMELD)
                .submitted(clock.instant(), closedRecently(stored.identity().personHash(), stored.id()));
    }

    /**
     * Anonymous → named once the case is on an agenda: the chair may, or the proposer after the
     * chair allowed it. Recorded with its basis; marks a herhaalde casus like a submission does.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void name(long caseId, int version, Naming naming) {
        var guarded = guard.load(caseId);
        StoredCase stored = guarded.stored();
        boolean may = guarded.access().triage() || (guarded.access().change() && stored.namingAllowed());
        if (!may) {
            throw access.deny(CaseGuard.OBJECT, caseId);
        }
        IntakeRules.require(!stored.named() && stored.status().onAgendaOrLater(), "named",
                "case.rule.name-through-naming");
        var named = stored.intakeWithoutIdentifying().namedOn(version, naming.legalBasis(),
                naming.conflictOfDuties(), naming.consentGivenBy(), naming.consentDate(), naming.identifying());
        IntakeRules.checkNaming(named, false, today());
        named = named.withBandOnDay(today());
        var identity = cipher.encrypt(true, naming.identifying(), null);
        Instant now = clock.instant();
        if (!cases.update(named, identity, now)) {
            throw new CaseConflictException();
        }
        planConsentRecheck(caseId, named, naming.identifying().dateOfBirth());
        if (closedRecently(identity.personHash(), caseId)) {
            cases.markRepeat(caseId);
        }
        history.add(caseId, currentUser.require().personId(), CaseEventKind.NAMED, naming.legalBasis().name(), now);
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(CaseGuard.OBJECT, caseId), "named");
    }

    /**
     * Consent asked again (the young person turned 16 or 18): who gave it and when; the next
     * re-check follows from the date of birth. By the proposing organisation or the table's leads.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void recheckConsent(long caseId, int version, ConsentGiver givenBy, LocalDate on) {
        StoredCase stored = guard.toChange(caseId);
        CaseIntake s = stored.intakeWithoutIdentifying();
        IntakeRules.require(stored.named() && s.legalBasis() == LegalBasis.TOESTEMMING, "consentGivenBy",
                "case.rule.consent-not-basis");
        LocalDate birth = cipher.dateOfBirth(stored.identity());
        var rechecked = s.namedOn(version, s.legalBasis(), s.conflictOfDuties(), givenBy, on,
                new IdentifyingData(null, birth, null, null));
        IntakeRules.checkNaming(rechecked, true, today());
        Instant now = clock.instant();
        if (!cases.recordConsent(caseId, version, givenBy, on, now)) {
            throw new CaseConflictException();
        }
        cases.setConsentRecheck(caseId, ConsentRecheck.after(birth, on));
        history.add(caseId, currentUser.require().personId(), CaseEventKind.CONSENT_RECHECKED, givenBy.name(), now);
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(CaseGuard.OBJECT, caseId), "consent rechecked");
    }

    /** Plans the next consent re-check when consent is the basis, or clears it. */
    private void planConsentRecheck(long caseId, CaseIntake intake, LocalDate dateOfBirth) {
        boolean consent = intake.named() && intake.legalBasis() == LegalBasis.TOESTEMMING;
        cases.setConsentRecheck(caseId, consent ? ConsentRecheck.after(dateOfBirth,
                intake.consentDate() == null ? today() : intake.consentDate()) : null);
    }

    /** A case of the same young person closed in the last 12 months, at any table (herhaalde casus). */
    private boolean closedRecently(String personHash, long caseId) {
        return personHash != null
                && cases.closedCaseOfSamePersonSince(personHash, caseId, clock.instant().minus(365, ChronoUnit.DAYS));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    /** Names of the intake fields that differ; values are never recorded in the history. */
    static List<String> changedFields(CaseIntake before, CaseIntake after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : CaseIntake.class.getRecordComponents()) {
            if (NOT_COMPARED.contains(component.getName())) {
                continue;
            }
            try {
                if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Record accessor failed", e);
            }
        }
        return changed;
    }
}
