package nl.zorgtafel.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.zorgtafel.base.time.DutchTime;

/**
 * The only place access is decided: "may the signed-in person see or change X?". Features ask
 * it before they show or change anything of a table or a case, and build their list queries
 * from its answers. Every refusal is published for the audit log and thrown as Spring
 * Security's {@link AccessDeniedException}.
 */
@Service
public class AccessService {

    private static final ZoneId NETHERLANDS = DutchTime.ZONE;

    private final CurrentUser currentUser;
    private final AccessRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessService(CurrentUser currentUser, AccessRepository repository, ApplicationEventPublisher events,
            Clock clock) {
        this.currentUser = currentUser;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The current table of the signed-in person, after checking that the object they ask for
     * belongs to it. Objects of another table are refused, even one where the person also
     * sits: they must switch tables first, so nothing of one table shows while working at another.
     */
    public long requireCurrentTable(long objectTableId, String objectType, long objectId) {
        ZorgtafelUser user = currentUser.require();
        Long current = user.currentMembership().map(TableMembership::tableId).orElse(null);
        if (current == null || current != objectTableId) {
            throw deny(user, objectType, objectId);
        }
        return current;
    }

    /**
     * Scope of the audit viewer: null (everything) for a Beheerder, the current table for its
     * Voorzitter; anybody else is refused.
     */
    public Long auditScope() {
        if (currentUser.isSystem()) {
            return null;
        }
        ZorgtafelUser user = currentUser.require();
        if (user.administrator()) {
            return null;
        }
        return user.currentMembership()
                .filter(m -> m.role() == TableRole.VOORZITTER)
                .map(TableMembership::tableId)
                .orElseThrow(() -> deny(user, "audit_entry", null));
    }

    /**
     * What insight the signed-in person may see: the current table for its Voorzitter or Secretaris,
     * installation-wide suppressed totals for a Beheerder; anybody else is refused (and audited).
     */
    public InsightScope insightScope() {
        ZorgtafelUser user = currentUser.require();
        if (user.administrator()) {
            return InsightScope.INSTALLATION;
        }
        return user.currentMembership()
                .filter(m -> m.role().leads())
                .map(m -> InsightScope.table(m.tableId()))
                .orElseThrow(() -> deny(user, "insight", null));
    }

    /**
     * The cases of the current table the signed-in person may list. Administrators and observers
     * list none and are refused.
     */
    public CaseScope caseScope() {
        ZorgtafelUser user = currentUser.require();
        TableMembership membership = user.currentMembership()
                .filter(m -> !user.administrator() && m.role() != TableRole.WAARNEMER)
                .orElseThrow(() -> deny(user, "case_file", null));
        boolean all = membership.role().leads();
        return new CaseScope(membership.tableId(), all, user.organisationId());
    }

    /**
     * Whose retention lines (the preview of the next purge and the purge reports) the signed-in
     * person may read: every case of the current table for its Voorzitter or Secretaris, only the
     * cases their own organisation brought in (as verantwoordelijke partner) for a Lid. Observers
     * and administrators (no case content) are refused, and the refusal is audited.
     */
    public RetentionScope retentionScope() {
        ZorgtafelUser user = currentUser.require();
        TableMembership membership = user.currentMembership()
                .filter(m -> !user.administrator() && m.role() != TableRole.WAARNEMER)
                .orElseThrow(() -> deny(user, "purge_report", null));
        return new RetentionScope(membership.tableId(), membership.role().leads(), user.organisationId());
    }

    /**
     * Whose data subject's requests the signed-in person may handle (F-9, issue 16): the chair of
     * the current table, for that table's cases. Anybody else is refused, and the refusal audited.
     */
    public SubjectScope subjectScope() {
        ZorgtafelUser user = currentUser.require();
        return user.currentMembership()
                .filter(m -> !user.administrator() && m.role() == TableRole.VOORZITTER)
                .map(m -> new SubjectScope(m.tableId(), user.personId()))
                .orElseThrow(() -> deny(user, "subject_request", null));
    }

    /** What the signed-in person may do with a case, by the need-to-know rule. */
    @Transactional(readOnly = true)
    public CaseAccess caseAccess(CaseRelations relations) {
        ZorgtafelUser user = currentUser.require();
        return AccessRule.decide(viewer(user, relations.tableId()), relations);
    }

    /** What the signed-in person may do at their current table (nothing without one). */
    public TableAccess tableAccess() {
        ZorgtafelUser user = currentUser.require();
        return user.currentMembership().filter(m -> !user.administrator())
                .map(m -> new TableAccess(m.tableId(), user.organisationId(), m.role() != TableRole.WAARNEMER,
                        m.role().leads(), m.role() == TableRole.VOORZITTER, m.role() == TableRole.WAARNEMER))
                .orElse(TableAccess.NONE);
    }

    /**
     * What the signed-in person may do with one agenda item of a session at their current table,
     * by {@link ItemRule}: refused (and audited) when the item belongs to another table.
     */
    @Transactional(readOnly = true)
    public ItemAccess itemAccess(long tableId, long meetingId, long itemId, boolean caseItem, Set<Long> deelnemers) {
        ZorgtafelUser user = currentUser.require();
        requireCurrentTable(tableId, "agenda_item", itemId);
        // Items hold no identifying data by themselves: the covenant is not asked here.
        var role = user.currentMembership().filter(m -> m.tableId() == tableId).map(TableMembership::role);
        return ItemRule.decide(new Viewer(user.organisationId(), user.administrator(), role, false), caseItem,
                deelnemers, repository.acceptedStatement(meetingId, user.personId()));
    }

    /** Refuses (audited) unless the item right holds. */
    public void requireItem(ItemAccess itemAccess, java.util.function.Predicate<ItemAccess> right, long itemId) {
        if (!right.test(itemAccess)) {
            throw deny("agenda_item", itemId);
        }
    }

    /** The signed-in person as the access rule sees them at one table. */
    @Transactional(readOnly = true)
    public Viewer viewerAt(long tableId) {
        return viewer(currentUser.require(), tableId);
    }

    private Viewer viewer(ZorgtafelUser user, long tableId) {
        var role = user.currentMembership().filter(m -> m.tableId() == tableId).map(TableMembership::role);
        var facts = repository.organisationFacts(tableId, user.organisationId(),
                LocalDate.now(clock.withZone(NETHERLANDS)));
        return new Viewer(user.organisationId(), user.administrator(), role, facts.covenantSigned(),
                facts.policeOrJustice());
    }

    /**
     * Publishes for the audit log that Vaadin's view access check refused the signed-in person
     * the view at {@code path} (the refusal itself is Vaadin's; this only makes it known).
     * Nothing is published for someone not signed in: Vaadin sends them to the login page.
     */
    public void viewRefused(String path) {
        currentUser.get().ifPresent(user -> events.publishEvent(new SecurityEvents.ViewRefused(
                user.accountId(), user.organisationId(),
                user.currentMembership().map(TableMembership::tableId).orElse(null), path)));
    }

    /**
     * Refuses the signed-in person an object: publishes the refusal for the audit log and
     * returns the exception to throw.
     */
    public AccessDeniedException deny(String objectType, Long objectId) {
        return deny(currentUser.require(), objectType, objectId);
    }

    private AccessDeniedException deny(ZorgtafelUser user, String objectType, Long objectId) {
        events.publishEvent(new SecurityEvents.AccessDenied(user.accountId(), user.organisationId(),
                user.currentMembership().map(TableMembership::tableId).orElse(null), objectType, objectId));
        return new AccessDeniedException("Access denied");
    }
}
