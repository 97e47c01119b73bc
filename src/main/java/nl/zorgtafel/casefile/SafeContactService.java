package nl.zorgtafel.casefile;

import java.time.Clock;

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
 * The safe contact of a case (product.md F-11), recorded and read by its deelnemers only
 * ({@code CaseAccess.safeContact}); every look and change is audited. Nothing that writes
 * minutes, letters or mails calls this service.
 */
@Service
public class SafeContactService {

    private final CaseGuard guard;
    private final SafeContactRepository contacts;
    private final CaseHistoryRepository history;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    SafeContactService(CaseGuard guard, SafeContactRepository contacts, CaseHistoryRepository history,
            CurrentUser currentUser, AuditService audit, Clock clock) {
        this.guard = guard;
        this.contacts = contacts;
        this.history = history;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case's safe contact ({@link SafeContact#none()} before anyone recorded it); refused (audited) otherwise. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public SafeContact read(long caseId) {
        guard.toSafeContact(caseId);
        audit.record(AuditKind.CASE_VIEWED, AuditObject.of(CaseGuard.OBJECT, caseId), "safe contact");
        return contacts.load(caseId).orElse(SafeContact.none());
    }

    /** Records the safe contact; refused when somebody saved it since it was read (nothing overwritten). */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void save(long caseId, SafeContact contact) {
        var refusals = new FieldRefusal.Collector();
        refusals.require(contact.safeToCall() != null, "safeToCall", "signal.rule.required");
        refusals.require(fits(contact.callNote()), "callNote", "safe-contact.rule.too-long");
        refusals.require(fits(contact.feared()), "feared", "safe-contact.rule.too-long");
        refusals.require(fits(contact.safeAdult()), "safeAdult", "safe-contact.rule.too-long");
        refusals.throwIfAny(CaseRuleException::new);
        guard.toSafeContact(caseId);
        var now = clock.instant();
        long person = currentUser.require().personId();
        var stored = new SafeContact(contact.safeToCall(), IntakeRules.blankToNull(contact.callNote()),
                IntakeRules.blankToNull(contact.feared()), IntakeRules.blankToNull(contact.safeAdult()),
                contact.version());
        if (!contacts.save(caseId, stored, person, now)) {
            throw new CaseConflictException();
        }
        history.add(caseId, person, CaseEventKind.SAFE_CONTACT_CHANGED, null, now);
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(CaseGuard.OBJECT, caseId), "safe contact");
    }

    private static boolean fits(String text) {
        return text == null || text.strip().length() <= SafeContact.TEXT_MAX;
    }
}
