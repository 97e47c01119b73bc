package nl.zorgtafel.casefile;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.base.db.PersonHash;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.mail.OutboxService;
import nl.zorgtafel.mail.OutgoingMail;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CaseAccess;
import nl.zorgtafel.security.CaseRelations;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * Proposing, triaging and reading cases. Every read and change asks the access service first;
 * identifying data is encrypted before it is stored, decrypted only for people allowed to see
 * it, and each showing (or refusal) is audited.
 */
@Service
public class CaseService {

    static final String OBJECT = "case_file";
    private static final ZoneId NETHERLANDS = DutchTime.ZONE;
    private static final Set<String> NOT_COMPARED = Set.of("id", "version", "identifying");

    private final CaseRepository repository;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final FieldEncryption encryption;
    private final PersonHash personHash;
    private final OutboxService outbox;
    private final String baseUrl;
    private final Clock clock;

    CaseService(CaseRepository repository, AccessService access, CurrentUser currentUser, AuditService audit,
            FieldEncryption encryption, PersonHash personHash, OutboxService outbox,
            @Value("${zorgtafel.base-url:http://localhost:8080}") String baseUrl, Clock clock) {
        this.outbox = outbox;
        this.baseUrl = baseUrl;
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.encryption = encryption;
        this.personHash = personHash;
        this.clock = clock;
    }

    /**
     * Saves an intake as a draft (concept) at the current table, or saves changes to an existing
     * case; returns its id. For an existing named case, {@code identifying == null} keeps the
     * stored identifying data.
     *
     * @throws CaseRuleException     when the intake breaks a rule (e.g. identifying data in an anonymous case)
     * @throws CaseConflictException when somebody else saved the case since it was opened
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public long save(CaseIntake intake) {
        IntakeRules.checkDraft(intake);
        ZorgtafelUser user = currentUser.require();
        Instant now = clock.instant();
        if (intake.id() == null) {
            long tableId = access.caseScope().tableId();
            int year = LocalDate.now(clock.withZone(NETHERLANDS)).getYear();
            String code = "%s-%d-%04d".formatted(repository.tableCode(tableId), year, repository.nextNumber(tableId, year));
            long id = repository.insert(tableId, code, user.organisationId(), user.personId(), intake,
                    encrypt(intake.named(), intake.identifying(), null), now);
            repository.addEvent(id, user.personId(), "CREATED", null, now);
            audit.record(AuditKind.CASE_CREATED, AuditObject.of(OBJECT, id), null);
            return id;
        }
        StoredCase stored = mayChange(intake.id());
        if (stored.status() == CaseStatus.AFGESLOTEN || stored.status() == CaseStatus.AFGEWEZEN) {
            throw new CaseRuleException("status", "case.rule.closed");
        }
        var identity = intake.named() ? encrypt(true, intake.identifying(), stored.identity())
                : StoredCase.EncryptedIdentity.NONE;
        if (!repository.update(intake, identity, now)) {
            throw new CaseConflictException();
        }
        List<String> changed = changedFields(stored.intakeWithoutIdentifying(), intake);
        if (intake.identifying() != null && intake.named()) {
            changed.add("identifying");
        }
        repository.addEvent(intake.id(), user.personId(), "CHANGED", String.join(", ", changed), now);
        if (intake.named() && !stored.intakeWithoutIdentifying().named()) {
            // Moving from anonymous to named is a decision of its own: who, when, on which basis.
            repository.addEvent(intake.id(), user.personId(), "NAMED", intake.legalBasis() == null ? null
                    : intake.legalBasis().name(), now);
        }
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(OBJECT, intake.id()), null);
        return intake.id();
    }

    /** Saves the intake and submits it to the chair in one step (one transaction); returns the id. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public long saveAndSubmit(CaseIntake intake) {
        long id = save(intake);
        submit(id, repository.load(id).orElseThrow().intakeWithoutIdentifying().version());
        return id;
    }

    /**
     * Submits a draft (or a case that needed more information) to the chair. Checks the whole
     * intake, and marks a herhaalde casus when a case of the same person closed in the last 12 months.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void submit(long caseId, int version) {
        StoredCase stored = mayChange(caseId);
        IntakeRules.checkSubmission(withDecryptedBirth(stored), stored.identity().personHash() != null,
                LocalDate.now(clock.withZone(NETHERLANDS)));
        Instant now = clock.instant();
        boolean repeat = stored.identity().personHash() != null && repository.closedCaseOfSamePersonSince(
                stored.identity().personHash(), caseId, now.minus(365, ChronoUnit.DAYS));
        move(stored, version, CaseStatus.AANGEMELD, null, null, now, repeat);
    }

    /**
     * The chair's triage decision. Afwijzen needs a reason and advice (e.g. "meld bij Veilig
     * Thuis"); meer informatie nodig needs a reason.
     */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void decide(long caseId, int version, TriageDecision decision, String reason, String advice) {
        StoredCase stored = mayChange(caseId);
        if (decision == TriageDecision.AFWIJZEN) {
            IntakeRules.require(!IntakeRules.isBlank(reason), "reason", "case.rule.reason-required");
            IntakeRules.require(!IntakeRules.isBlank(advice), "advice", "case.rule.advice-required");
        }
        if (decision == TriageDecision.MEER_INFORMATIE_NODIG) {
            IntakeRules.require(!IntakeRules.isBlank(reason), "reason", "case.rule.reason-required");
        }
        move(stored, version, decision.outcome(), reason == null ? "" : reason, advice, null, null);
        notifyProposer(stored);
    }

    /** Tells the proposer a decision was taken; the mail holds the case code and a link, nothing else. */
    private void notifyProposer(StoredCase stored) {
        repository.proposerEmail(stored.id()).ifPresent(email -> outbox.enqueue(new OutgoingMail(email,
                "Besluit over casus " + stored.code(),
                "De voorzitter heeft een besluit genomen over casus " + stored.code() + ".\n"
                        + "Lees het besluit in de applicatie: " + baseUrl + "/casus/" + stored.id() + "\n\n"
                        + "Deze e-mail bevat bewust geen persoonsgegevens of casusinhoud.\n",
                null, null, null)));
    }

    /**
     * What a document about these cases must black out: for each named case of the current
     * table, the young person's name (whole and each part of three letters or more), address and
     * date of birth as commonly written. Never shown to anyone, only used to redact free text
     * (anonymised minutes, copies for people who may not see identifying data).
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public Map<Long, List<String>> redactionTerms(java.util.Collection<Long> caseIds) {
        Map<Long, List<String>> terms = new java.util.HashMap<>();
        for (long caseId : caseIds) {
            StoredCase stored = repository.load(caseId).orElseThrow(() -> access.deny(OBJECT, caseId));
            access.requireCurrentTable(stored.tableId(), OBJECT, caseId);
            if (!stored.intakeWithoutIdentifying().named()) {
                continue;
            }
            IdentifyingData data = decrypt(stored.identity());
            List<String> words = new ArrayList<>();
            if (data.name() != null) {
                words.add(data.name());
                for (String part : data.name().split("[\\s-]+")) {
                    if (part.length() >= 3) {
                        words.add(part);
                    }
                }
            }
            if (data.address() != null) {
                words.add(data.address());
                words.addAll(List.of(data.address().split("\\s*,\\s*")));
            }
            if (data.dateOfBirth() != null) {
                LocalDate dob = data.dateOfBirth();
                for (String pattern : List.of("d-M-yyyy", "dd-MM-yyyy", "d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd",
                        "d MMMM yyyy")) {
                    words.add(java.time.format.DateTimeFormatter.ofPattern(pattern, java.util.Locale.of("nl"))
                            .format(dob));
                }
            }
            if (data.bsn() != null) {
                words.add(data.bsn());
            }
            terms.put(caseId, words.stream().filter(w -> !w.isBlank()).distinct()
                    .sorted(java.util.Comparator.comparing(String::length).reversed()).toList());
        }
        return terms;
    }

    /**
     * Opens a case file for the signed-in person: refused (and audited) without need-to-know;
     * identifying data only where allowed; every opening and every showing of identifying data
     * audited.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public CaseFileView open(long caseId) {
        StoredCase stored = repository.load(caseId).orElseThrow(() -> access.deny(OBJECT, caseId));
        access.requireCurrentTable(stored.tableId(), OBJECT, caseId);
        CaseAccess rights = access.caseAccess(relations(stored));
        if (!rights.see()) {
            throw access.deny(OBJECT, caseId);
        }
        audit.record(AuditKind.CASE_VIEWED, AuditObject.of(OBJECT, caseId), null);
        CaseIntake intake = stored.intakeWithoutIdentifying();
        boolean hidden = false;
        if (stored.intakeWithoutIdentifying().named()) {
            if (rights.seeIdentifying()) {
                intake = withIdentifying(intake, decrypt(stored.identity()));
                audit.record(AuditKind.IDENTIFYING_DATA_VIEWED, AuditObject.of(OBJECT, caseId), null);
            } else {
                hidden = true;
                audit.record(AuditKind.ACCESS_DENIED, AuditObject.of(OBJECT, caseId), "identifying data");
            }
        }
        return new CaseFileView(stored.id(), stored.tableId(), stored.code(), stored.status(),
                stored.proposingOrganisationId(), stored.proposingOrganisationName(), stored.repeatCase(),
                stored.submittedAt(), intake, hidden, rights.change(), repository.events(caseId),
                repository.riskAssessments(caseId), repository.milestones(caseId));
    }

    /** Records a (repeated) risk assessment on the case. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void addRiskAssessment(long caseId, RiskAssessment assessment) {
        IntakeRules.require(!IntakeRules.isBlank(assessment.instrument()) && assessment.instrument().length() <= 100,
                "instrument", "case.rule.required");
        IntakeRules.require(assessment.assessedOn() != null
                && !assessment.assessedOn().isAfter(LocalDate.now(clock.withZone(NETHERLANDS))), "assessedOn",
                "case.rule.date-not-future");
        IntakeRules.require(!IntakeRules.isBlank(assessment.outcome())
                && assessment.outcome().length() <= IntakeRules.TEXT_MAX, "outcome", "case.rule.required");
        IntakeRules.require(!IntakeRules.isBlank(assessment.assessedBy()) && assessment.assessedBy().length() <= 200,
                "assessedBy", "case.rule.required");
        mayChange(caseId);
        Instant now = clock.instant();
        long person = currentUser.require().personId();
        repository.insertRiskAssessment(caseId, assessment, person, now);
        repository.addEvent(caseId, person, "RISK_ASSESSMENT", assessment.instrument(), now);
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(OBJECT, caseId), "risk assessment");
    }

    /** Records a step on the case's route (report, aangifte, safety plan, …). */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void addMilestone(long caseId, RouteMilestone milestone) {
        IntakeRules.require(milestone.milestone() != null, "milestone", "case.rule.required");
        List<String> variants = milestone.milestone().variants();
        IntakeRules.require(variants.isEmpty() ? milestone.variant() == null
                : milestone.variant() != null && variants.contains(milestone.variant()), "variant", "case.rule.required");
        IntakeRules.require(milestone.occurredOn() != null
                && !milestone.occurredOn().isAfter(LocalDate.now(clock.withZone(NETHERLANDS))), "occurredOn",
                "case.rule.date-not-future");
        IntakeRules.require(milestone.note() == null || milestone.note().length() <= 1000, "note", "case.rule.too-long");
        mayChange(caseId);
        Instant now = clock.instant();
        long person = currentUser.require().personId();
        repository.insertMilestone(caseId, milestone, person, now);
        repository.addEvent(caseId, person, "MILESTONE", milestone.milestone().name(), now);
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(OBJECT, caseId), "milestone");
    }

    /** Closes a case (Afsluiten) with a reason; the 12-month repeat clock starts now. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void close(long caseId, int version, CloseReason reason) {
        IntakeRules.require(reason != null, "closeReason", "case.rule.required");
        StoredCase stored = mayChange(caseId);
        if (!stored.status().canMoveTo(CaseStatus.AFGESLOTEN)) {
            throw new CaseRuleException("status", "case.rule.illegal-transition");
        }
        Instant now = clock.instant();
        if (!repository.moveTo(caseId, version, CaseStatus.AFGESLOTEN, null, null, null, now, reason.name(), null,
                now)) {
            throw new CaseConflictException();
        }
        repository.addEvent(caseId, currentUser.require().personId(), "STATUS",
                stored.status() + " → " + CaseStatus.AFGESLOTEN + " (" + reason + ")", now);
        audit.record(AuditKind.CASE_STATUS_CHANGED, AuditObject.of(OBJECT, caseId), CaseStatus.AFGESLOTEN.name());
    }

    /** Reopens a closed case (Heropenen) for follow-up, or a declined one for triage. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void reopen(long caseId, int version) {
        StoredCase stored = mayChange(caseId);
        CaseStatus target = stored.status() == CaseStatus.AFGEWEZEN ? CaseStatus.AANGEMELD : CaseStatus.IN_OPVOLGING;
        move(stored, version, target, null, null, null, null);
    }

    /**
     * What the home page shows about cases: how many await triage, the person's organisation's
     * cases the chair returned or declined, and (for the chair) closed cases due for their
     * 12-month check.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public CaseDashboard dashboard() {
        var scope = access.caseScope();
        int awaiting = repository.count(scope, new CaseFilter(CaseStatus.AANGEMELD, null, null, null, false));
        var mine = new java.util.ArrayList<CaseSummary>();
        for (CaseStatus status : List.of(CaseStatus.MEER_INFORMATIE, CaseStatus.AFGEWEZEN, CaseStatus.GEAGENDEERD)) {
            mine.addAll(repository.find(scope, new CaseFilter(status, null, null, null, true), 0, 10));
        }
        List<CaseSummary> due = scope.allOfTable()
                ? repository.dueForClosureCheck(scope.tableId(), clock.instant().minus(365, ChronoUnit.DAYS))
                : List.of();
        return new CaseDashboard(awaiting, mine, due);
    }

    /** The chair records the 12-month check of a closed case; it leaves the reminder list. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void confirmClosureCheck(long caseId) {
        StoredCase stored = mayChange(caseId);
        if (stored.status() != CaseStatus.AFGESLOTEN) {
            throw new CaseRuleException("status", "case.rule.illegal-transition");
        }
        Instant now = clock.instant();
        repository.markClosureChecked(caseId, now);
        repository.addEvent(caseId, currentUser.require().personId(), "CLOSURE_CHECKED", null, now);
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(OBJECT, caseId), "closure check");
    }

    /** Cases of the current table the signed-in person may see, newest first, paged in SQL. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public List<CaseSummary> find(CaseFilter filter, int offset, int limit) {
        return repository.find(access.caseScope(), filter, offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public int count(CaseFilter filter) {
        return repository.count(access.caseScope(), filter);
    }

    private StoredCase mayChange(long caseId) {
        StoredCase stored = repository.load(caseId).orElseThrow(() -> access.deny(OBJECT, caseId));
        access.requireCurrentTable(stored.tableId(), OBJECT, caseId);
        if (!access.caseAccess(relations(stored)).change()) {
            throw access.deny(OBJECT, caseId);
        }
        return stored;
    }

    private void move(StoredCase stored, int version, CaseStatus target, String reason, String advice,
            Instant submittedAt, Boolean repeat) {
        if (!stored.status().canMoveTo(target)) {
            throw new CaseRuleException("status", "case.rule.illegal-transition");
        }
        Instant now = clock.instant();
        if (!repository.moveTo(stored.id(), version, target, reason, advice, submittedAt, null, null, repeat, now)) {
            throw new CaseConflictException();
        }
        repository.addEvent(stored.id(), currentUser.require().personId(), "STATUS",
                stored.status() + " → " + target, now);
        audit.record(AuditKind.CASE_STATUS_CHANGED, AuditObject.of(OBJECT, stored.id()), target.name());
    }

    private CaseRelations relations(StoredCase stored) {
        return new CaseRelations(stored.tableId(), stored.proposingOrganisationId(),
                repository.deelnemers(stored.id()), repository.actionOwners(stored.id()),
                stored.intakeWithoutIdentifying().named());
    }

    private StoredCase.EncryptedIdentity encrypt(boolean named, IdentifyingData data,
            StoredCase.EncryptedIdentity keep) {
        if (!named || data == null) {
            return keep == null ? StoredCase.EncryptedIdentity.NONE : keep;
        }
        String hash = IntakeRules.isBlank(data.name()) || data.dateOfBirth() == null ? null
                : personHash.of(data.name(), data.dateOfBirth());
        return new StoredCase.EncryptedIdentity(
                encryption.encrypt("case_file.name", blankToNull(data.name())),
                encryption.encrypt("case_file.date_of_birth",
                        data.dateOfBirth() == null ? null : data.dateOfBirth().toString()),
                encryption.encrypt("case_file.address", blankToNull(data.address())),
                encryption.encrypt("case_file.bsn", blankToNull(data.bsn())), hash);
    }

    private IdentifyingData decrypt(StoredCase.EncryptedIdentity e) {
        String birth = encryption.decrypt("case_file.date_of_birth", e.dateOfBirth());
        return new IdentifyingData(encryption.decrypt("case_file.name", e.name()),
                birth == null ? null : LocalDate.parse(birth), encryption.decrypt("case_file.address", e.address()),
                encryption.decrypt("case_file.bsn", e.bsn()));
    }

    /** For the submission rules only: the age check needs the date of birth, nothing else. */
    private CaseIntake withDecryptedBirth(StoredCase stored) {
        if (stored.identity().dateOfBirth() == null) {
            return stored.intakeWithoutIdentifying();
        }
        String birth = encryption.decrypt("case_file.date_of_birth", stored.identity().dateOfBirth());
        return withIdentifying(stored.intakeWithoutIdentifying(),
                new IdentifyingData(null, LocalDate.parse(birth), null, null));
    }

    private static CaseIntake withIdentifying(CaseIntake i, IdentifyingData data) {
        return new CaseIntake(i.id(), i.version(), i.named(), i.urgency(), i.role(), i.age(), i.ageBand(), i.gender(),
                i.municipalityIds(), i.livingSituation(), i.daytimeActivity(), i.forms(), i.onlineComponent(),
                i.vulnerabilities(), i.signals(), i.question(), i.involvedOrganisationIds(), i.youngPersonInformed(),
                i.youngPersonNotInformedReason(), i.parentsInformed(), i.parentsNotInformedReason(),
                i.voiceOfYoungPerson(), i.legalBasis(), i.conflictOfDuties(), i.consentGivenBy(), i.consentDate(),
                data);
    }

    /** Names of the intake fields that differ; values are never recorded in the history. */
    static List<String> changedFields(CaseIntake before, CaseIntake after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : CaseIntake.class.getRecordComponents()) {
            if (NOT_COMPARED.contains(component.getName())) {
                continue;
            }
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!Objects.equals(a, b)) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Record accessor failed", e);
            }
        }
        return changed;
    }

    private static String blankToNull(String s) {
        return IntakeRules.isBlank(s) ? null : s.strip();
    }
}
