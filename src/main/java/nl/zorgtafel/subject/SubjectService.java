package nl.zorgtafel.subject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.db.PersonHash;
import nl.zorgtafel.base.pdf.PdfRenderer;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.retention.ErasureService;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.SubjectScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chair handles a young person's request (AVG art. 15, 17, 18, 20): finds their cases at the
 * table by name and date of birth through the keyed hash (never a plaintext search), records the
 * responsible partner's decision, then exports, restricts, lifts the restriction or erases. The
 * cases are looked up again from the hash at every step, so a step acts on what the table holds
 * now. Every step is audited per case; the name is never written anywhere.
 */
@Service
public class SubjectService {

    private static final String CASE = "case_file";
    private static final java.time.Duration EXPORT_WINDOW = java.time.Duration.ofHours(24);

    private final SubjectRepository repository;
    private final SubjectExportRepository exports;
    private final ErasureService erasure;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final PersonHash personHash;
    private final PdfRenderer pdf;
    private final JsonMapper json;
    private final Translations translations;
    private final AuditService audit;
    private final Clock clock;

    SubjectService(SubjectRepository repository, SubjectExportRepository exports, ErasureService erasure,
            AccessService access, CurrentUser currentUser, PersonHash personHash, PdfRenderer pdf, JsonMapper json,
            Translations translations, AuditService audit, Clock clock) {
        this.repository = repository;
        this.exports = exports;
        this.erasure = erasure;
        this.access = access;
        this.currentUser = currentUser;
        this.personHash = personHash;
        this.pdf = pdf;
        this.json = json;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The young person's cases at the chair's table; refused (with messages) without name or a valid date. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.VOORZITTER)
    public SubjectMatch find(String name, LocalDate dateOfBirth) {
        SubjectScope scope = access.subjectScope();
        var checks = new FieldRefusal.Collector();
        checks.require(name != null && !name.isBlank(), "name", "subject.rule.name");
        checks.require(dateOfBirth != null && !dateOfBirth.isAfter(today()), "dateOfBirth", "subject.rule.birth");
        checks.throwIfAny(FieldRefusal::new);
        String hash = personHash.of(name, dateOfBirth);
        var match = new SubjectMatch(hash, scope.tableId(), repository.cases(scope.tableId(), hash),
                repository.otherTables(scope.tableId(), hash));
        String detail = "cases=" + match.cases().size() + " other tables=" + match.otherTables();
        if (match.found()) {
            match.cases().forEach(c -> audit.record(AuditKind.SUBJECT_SEARCHED, AuditObject.of(CASE, c.id()), detail));
        } else {
            audit.record(AuditKind.SUBJECT_SEARCHED, null, detail);
        }
        return match;
    }

    /** Records an inzage request with its decision; the exports may then be produced. Returns the request. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public long recordInzage(SubjectMatch match, SubjectDecision decision) {
        return record(RequestKind.INZAGE, match, decision).id();
    }

    /** The export as PDF/A, for a recorded inzage request of these cases. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.VOORZITTER)
    public byte[] exportPdf(SubjectMatch match) {
        var export = export(match, "pdf");
        return pdf.render(SubjectPdf.html(export, this::dutch));
    }

    /** The export as JSON (machine-readable, AVG art. 20), for a recorded inzage request of these cases. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.VOORZITTER)
    public void exportJson(SubjectMatch match, OutputStream out) {
        var export = export(match, "json");
        try {
            out.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export));
        } catch (IOException e) {
            throw new UncheckedIOException("Export could not be written", e);
        }
    }

    /** Restricts processing of every case of the person at the table. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void restrict(SubjectMatch match, SubjectDecision decision) {
        var request = record(RequestKind.BEPERKING, match, decision);
        for (var c : request.cases()) {
            if (repository.restrict(c.id(), true, request.personId(), clock.instant())) {
                audit.record(AuditKind.SUBJECT_RESTRICTED, AuditObject.of(CASE, c.id()), "request " + request.id());
            }
        }
    }

    /** Lifts the restriction of every case of the person at the table. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void liftRestriction(SubjectMatch match, SubjectDecision decision) {
        var request = record(RequestKind.BEPERKING_OPGEHEVEN, match, decision);
        for (var c : request.cases()) {
            if (repository.restrict(c.id(), false, request.personId(), clock.instant())) {
                audit.record(AuditKind.SUBJECT_RESTRICTION_LIFTED, AuditObject.of(CASE, c.id()),
                        "request " + request.id());
            }
        }
    }

    /**
     * Erases identifying data and free text of every case of the person at the table, and redacts
     * the minutes; refused as a whole while any of them is under legal hold. The anonymous
     * descriptors stay for insight, as after the retention job.
     */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public int erase(SubjectMatch match, SubjectDecision decision) {
        var cases = current(match);
        FieldRefusal.require(cases.stream().noneMatch(SubjectCase::held), "cases", "subject.rule.held");
        var request = record(RequestKind.WISSING, match.tableId(), cases, decision);
        int redacted = 0;
        for (var c : request.cases()) {
            redacted += erasure.erase(c.id());
            repository.event(c.id(), nl.zorgtafel.casefile.CaseEventKind.ERASED, request.personId(), clock.instant());
            audit.record(AuditKind.SUBJECT_ERASED, AuditObject.of(CASE, c.id()), "request " + request.id());
        }
        return redacted;
    }

    /**
     * Checks a decision without recording anything, so the screen can show every missing field
     * before it asks to confirm an erasure or restriction.
     */
    @RolesAllowed(Roles.VOORZITTER)
    public void check(SubjectDecision decision) {
        access.subjectScope();
        validate(decision);
    }

    /** The table's requests, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.VOORZITTER)
    public List<SubjectRequest> requests(int offset, int limit) {
        return repository.requests(access.subjectScope().tableId(), offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.VOORZITTER)
    public int countRequests() {
        return repository.countRequests(access.subjectScope().tableId());
    }

    private record Recorded(long id, long personId, List<SubjectCase> cases) {
    }

    private Recorded record(RequestKind kind, SubjectMatch match, SubjectDecision decision) {
        return record(kind, match.tableId(), current(match), decision);
    }

    private Recorded record(RequestKind kind, long tableId, List<SubjectCase> cases, SubjectDecision decision) {
        validate(decision);
        long personId = currentUser.require().personId();
        long id = repository.record(tableId, kind, clean(decision), cases.stream().map(SubjectCase::id).toList(),
                personId, clock.instant());
        return new Recorded(id, personId, cases);
    }

    /** The person's cases at the chair's table now; refused for another table's look-up or when none are left. */
    private List<SubjectCase> current(SubjectMatch match) {
        SubjectScope scope = access.subjectScope();
        if (match == null || match.tableId() != scope.tableId()) {
            throw access.deny("subject_request", null);
        }
        var cases = repository.cases(scope.tableId(), match.personHash());
        FieldRefusal.require(!cases.isEmpty(), "cases", "subject.rule.none");
        return cases;
    }

    private SubjectExport export(SubjectMatch match, String format) {
        var cases = current(match);
        var ids = cases.stream().map(SubjectCase::id).toList();
        // The decision is fresh: an export a day later needs the partner's decision recorded again.
        FieldRefusal.require(repository.inzageRecorded(match.tableId(), ids, clock.instant().minus(EXPORT_WINDOW)),
                "cases", "subject.rule.no-decision");
        var export = new SubjectExport(clock.instant(), currentUser.require().displayName(),
                repository.tableName(match.tableId()), exports.cases(ids));
        ids.forEach(id -> audit.record(AuditKind.SUBJECT_EXPORTED, AuditObject.of(CASE, id), format));
        return export;
    }

    private void validate(SubjectDecision d) {
        var checks = new FieldRefusal.Collector();
        checks.require(d.responsibleOrganisationId() != null
                && repository.organisationExists(d.responsibleOrganisationId()), "responsible", "subject.rule.responsible");
        checks.require(d.decidedBy() != null && !d.decidedBy().isBlank(), "decidedBy", "subject.rule.decided-by");
        checks.require(d.decidedBy() == null || d.decidedBy().strip().length() <= SubjectDecision.MAX_DECIDED_BY,
                "decidedBy", "subject.rule.decided-by-length");
        checks.require(d.decidedOn() != null && !d.decidedOn().isAfter(today()), "decidedOn", "subject.rule.decided-on");
        checks.require(d.reason() != null && !d.reason().isBlank(), "reason", "subject.rule.reason");
        checks.require(d.reason() == null || d.reason().strip().length() <= SubjectDecision.MAX_REASON, "reason",
                "subject.rule.reason-length");
        checks.throwIfAny(FieldRefusal::new);
    }

    private static SubjectDecision clean(SubjectDecision d) {
        return new SubjectDecision(d.responsibleOrganisationId(), d.decidedBy().strip(), d.decidedOn(), d.reason().strip());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    private String dutch(String key, Object... params) {
        return translations.getTranslation(key, Translations.DUTCH, params);
    }
}
