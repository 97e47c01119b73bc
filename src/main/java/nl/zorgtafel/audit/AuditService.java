package nl.zorgtafel.audit;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * Writes and reads the audit log. Writing appends one entry under the chain-head lock, so ids
 * are consecutive and every entry links to its true predecessor. Entries carry ids, never the
 * personal data itself; {@code detail} is for short non-personal facts such as a role name.
 */
@Service
public class AuditService {

    static final int MAX_DETAIL = 200;
    private static final int EXPORT_PAGE = 500;
    /** The viewer counts matching entries up to this many; beyond it, it says "more than". */
    public static final int COUNT_CAP = 10_000;

    private final AuditRepository repository;
    private final CurrentUser currentUser;
    private final AccessService access;
    private final Clock clock;
    private final AuditService self;

    /** {@code self} is this service's proxy, so inner calls get their own transaction. */
    AuditService(AuditRepository repository, CurrentUser currentUser, AccessService access, Clock clock,
            @Lazy AuditService self) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
        this.self = self;
    }

    /**
     * Records an action of the signed-in user (or of the system, outside a session). Every
     * append runs in its own short transaction: the chain-head lock is never held by a
     * caller's longer work, and an entry about a refusal stays when the caller rolls back.
     * Call it after the change it describes has been made.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PermitAll
    public void record(AuditKind kind, AuditObject object, String detail) {
        Optional<ZorgtafelUser> user = currentUser.get();
        append(kind, user.map(ZorgtafelUser::accountId).orElse(null),
                user.map(ZorgtafelUser::organisationId).orElse(null),
                user.flatMap(u -> u.currentMembership()).map(m -> m.tableId()).orElse(null),
                object, ClientAddress.current(), detail);
    }

    /** Records an event of a given actor, e.g. a sign-in, in its own transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PermitAll
    public void recordFor(AuditKind kind, Long accountId, Long organisationId, Long tableId,
            AuditObject object, String clientAddress, String detail) {
        append(kind, accountId, organisationId, tableId, object, clientAddress, detail);
    }

    private void append(AuditKind kind, Long accountId, Long organisationId, Long tableId, AuditObject object,
            String clientAddress, String detail) {
        String shortDetail = detail == null ? null : detail.substring(0, Math.min(detail.length(), MAX_DETAIL));
        var head = repository.lockHead();
        // Read under the lock, so times rise with ids and the viewer's time order is the chain's.
        // Hashed at the precision occurred_at stores (DATETIME(3)); base.db.TimestampPrecisionCheck
        // refuses to start on a connection that would store less.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var entry = ChainedEntry.link(head.lastId() + 1, now, kind, accountId, organisationId, tableId, object,
                clientAddress, shortDetail, head.lastHash());
        repository.append(entry);
    }

    /**
     * Audit entries the signed-in person may see, newest first: all for a Beheerder, those of the
     * current table for a Voorzitter. Each call that opens a page of the viewer is itself audited
     * by the viewer through {@link #recordViewerOpened}.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.BEHEERDER, Roles.VOORZITTER})
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return repository.find(filter, access.auditScope(), offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.BEHEERDER, Roles.VOORZITTER})
    public int countUpTo(AuditFilter filter, int cap) {
        return repository.countUpTo(filter, access.auditScope(), cap);
    }

    /**
     * Writes every entry the signed-in person may see that matches the filter, newest first, as
     * CSV, and records the export itself (with the filter, which holds no personal data).
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.BEHEERDER, Roles.VOORZITTER})
    public void exportCsv(AuditFilter filter, Writer out) {
        Long scope = access.auditScope();
        var csv = new AuditCsv(out);
        csv.header();
        List<AuditEntry> page = repository.find(filter, scope, 0, EXPORT_PAGE);
        page.forEach(csv::entry);
        while (page.size() == EXPORT_PAGE) {
            page = repository.findAfter(filter, scope, page.getLast(), EXPORT_PAGE);
            page.forEach(csv::entry);
        }
        self.recordExport(filter);
    }

    /** Part of {@link #exportCsv}; its own transaction like every append. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @RolesAllowed({Roles.BEHEERDER, Roles.VOORZITTER})
    public void recordExport(AuditFilter filter) {
        record(AuditKind.AUDIT_EXPORTED, filter.objectType() == null || filter.objectId() == null ? null
                : AuditObject.of(filter.objectType(), filter.objectId()), describe(filter));
    }

    private static String describe(AuditFilter filter) {
        // The name filter is not repeated here: it may be (part of) a person's name.
        return "kind=" + filter.kind() + " from=" + filter.from() + " to=" + filter.to()
                + " actor=" + filter.actorAccountId() + (filter.actorName() == null ? "" : " byName");
    }

    /** Records that the audit viewer was opened (it, too, is a look at personal data). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @RolesAllowed({Roles.BEHEERDER, Roles.VOORZITTER})
    public void recordViewerOpened() {
        self.record(AuditKind.AUDIT_VIEWED, null, null);
    }

    /**
     * Walks the whole chain and reports the first entry whose hash or link does not match, a gap
     * in the ids, or a head that does not point at the last entry.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public AuditVerification verify() {
        AuditVerification result = verifyChain();
        self.record(AuditKind.AUDIT_VERIFIED, null, result.intact() ? "intact" : "broken at " + result.firstBrokenId());
        return result;
    }

    /**
     * Retention of the audit log itself: deletes the entries older than {@code cutoff} from the
     * start of the chain, under the chain-head lock, and anchors verification at the first
     * remaining entry's previous hash. Entries are deleted only as a prefix, so a gap anywhere
     * else still shows as broken. Returns how many were deleted.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @RolesAllowed(Roles.BEHEERDER)
    public int deleteOlderThan(Instant cutoff) {
        return repository.deleteBefore(cutoff, repository.lockHead());
    }

    AuditVerification verifyChain() {
        // The chain starts at its anchor: the first entry, or the first one the retention job kept
        // (its previous_hash is the anchor's hash), so deleting old entries keeps the rest verifiable.
        var anchor = repository.anchor();
        var state = new Object() {
            long checked;
            Long expectedId = anchor.id();
            String previousHash = anchor.hash();
            AuditVerification broken;
        };
        repository.forEachInOrder(entry -> {
            if (state.broken != null) {
                return;
            }
            long id = entry.id();
            if (state.expectedId != null && id != state.expectedId) {
                state.broken = AuditVerification.broken(state.checked, state.expectedId, "entry missing");
                return;
            }
            if (state.previousHash != null && !state.previousHash.equals(entry.previousHash())) {
                state.broken = AuditVerification.broken(state.checked, id, "link to previous entry broken");
                return;
            }
            if (!entry.expectedHash().equals(entry.entryHash())) {
                state.broken = AuditVerification.broken(state.checked, id, "content changed");
                return;
            }
            state.checked++;
            state.expectedId = id + 1;
            state.previousHash = entry.entryHash();
        });
        if (state.broken != null) {
            return state.broken;
        }
        var head = repository.head();
        long lastId = state.expectedId - 1;
        if (head.lastId() != lastId || !head.lastHash().equals(state.previousHash)) {
            return AuditVerification.broken(state.checked, head.lastId(), "last entries missing");
        }
        return AuditVerification.ok(state.checked);
    }
}
