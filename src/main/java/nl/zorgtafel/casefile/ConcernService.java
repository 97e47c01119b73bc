package nl.zorgtafel.casefile;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.db.ConcernHash;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.casefile.ConcernCompartment.LinkedCase;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.TableAccess;

/**
 * The police compartment (product.md F-11, issue 19): persons and places of concern that police
 * and the OM record on a case, with the legal basis they share them on. Police, the OM and the
 * chair read them and the codes of the cases they link; everyone else who may see the case learns
 * only that it is linked (a hit, {@link CaseFileView#linkedByConcern()}), never what or which. Cases are linked by a keyed hash of the
 * normalised kenmerk ({@link ConcernHash}) within one table. Every look, hit and change is audited;
 * nothing of it enters the case history, the timeline, minutes or mails.
 */
@Service
public class ConcernService {

    private static final String TABLE_OBJECT = "care_table";

    private final CaseGuard guard;
    private final ConcernRepository concerns;
    private final ConcernHash hash;
    private final CurrentUser currentUser;
    private final AccessService access;
    private final AuditService audit;
    private final Clock clock;

    ConcernService(CaseGuard guard, ConcernRepository concerns, ConcernHash hash, CurrentUser currentUser,
            AccessService access, AuditService audit, Clock clock) {
        this.guard = guard;
        this.concerns = concerns;
        this.hash = hash;
        this.currentUser = currentUser;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case's compartment for police, the OM and the chair (audited); refused (audited) to anyone else. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public ConcernCompartment read(long caseId) {
        var guarded = guard.toReadConcerns(caseId);
        List<Concern> entries = concerns.forCase(caseId);
        List<LinkedCase> cluster = guarded.access().triage()
                ? ConcernClusters.around(caseId, concerns.links(guarded.stored().tableId()))
                : List.of();
        audit.record(AuditKind.CONCERN_VIEWED, AuditObject.of(CaseGuard.OBJECT, caseId),
                entries.size() + " entries, " + cluster.size() + " linked in cluster");
        return new ConcernCompartment(entries, cluster, guarded.access().recordConcerns());
    }

    /**
     * Records a person or place of concern as the signed-in person's organisation (police or the OM);
     * a new link to other cases is audited on each of them.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void record(long caseId, Concern.New entry) {
        // The right first: a caller without it is refused (and audited) whatever it typed.
        StoredCase stored = guard.toRecordConcerns(caseId);
        var refusals = new FieldRefusal.Collector();
        refusals.require(entry.kind() != null, "kind", "signal.rule.required");
        refusals.require(entry.basis() != null, "basis", "signal.rule.required");
        Optional<String> key = Optional.empty();
        if (refusals.require(!IntakeRules.isBlank(entry.identifier()), "identifier", "signal.rule.required")
                && refusals.require(entry.identifier().strip().length() <= Concern.IDENTIFIER_MAX, "identifier",
                        "concern.rule.identifier-too-long")
                && entry.kind() != null) {
            key = hash.of(entry.kind().name(), entry.identifier(), entry.kind().normalisation());
            refusals.require(key.isPresent(), "identifier", "concern.rule.nothing-to-match");
        }
        refusals.require(entry.note() == null || entry.note().strip().length() <= Concern.NOTE_MAX, "note",
                "signal.rule.too-long");
        refusals.throwIfAny(CaseRuleException::new);
        var user = currentUser.require();
        concerns.insert(caseId, stored.tableId(), new Concern.New(entry.kind(), entry.identifier().strip(),
                IntakeRules.blankToNull(entry.note()), entry.basis()), key.orElseThrow(), user.organisationId(),
                user.personId(), clock.instant());
        // Details say neither what nor which other case: the audit viewer is also the Beheerder's.
        audit.record(AuditKind.CONCERN_RECORDED, AuditObject.of(CaseGuard.OBJECT, caseId), "entry recorded");
        for (long other : concerns.casesWithKey(stored.tableId(), key.get(), caseId)) {
            audit.record(AuditKind.CONCERN_HIT, AuditObject.of(CaseGuard.OBJECT, other), "hit made by a new entry");
        }
    }

    /** Removes an entry (police or the OM); refused as stale when it is no longer there. */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void remove(long caseId, long entryId) {
        guard.toRecordConcerns(caseId);
        if (!concerns.delete(caseId, entryId)) {
            throw new CaseConflictException();
        }
        audit.record(AuditKind.CONCERN_REMOVED, AuditObject.of(CaseGuard.OBJECT, caseId), "entry " + entryId);
    }

    /**
     * The chair's clusters of linked cases at the current table (codes only), to plan a joint
     * discussion; refused (audited) to anyone else. A look that shows clusters is audited.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.VOORZITTER)
    public List<List<LinkedCase>> clusters() {
        TableAccess table = access.tableAccess();
        if (!table.chair()) {
            throw access.deny("concern_entry", null);
        }
        var clusters = ConcernClusters.of(concerns.links(table.tableId()));
        if (!clusters.isEmpty()) {
            audit.record(AuditKind.CONCERN_VIEWED, AuditObject.of(TABLE_OBJECT, table.tableId()),
                    clusters.size() + " clusters");
        }
        return clusters;
    }
}
