package nl.zorgtafel.casefile;

import org.springframework.stereotype.Component;

import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CaseAccess;
import nl.zorgtafel.security.CaseRelations;

/**
 * Loads a case for a service and asks the access service what the signed-in person may do with
 * it; refuses (audited by the access service) when the case is unknown, of another table, or the
 * asked right is missing.
 */
@Component
class CaseGuard {

    static final String OBJECT = "case_file";

    private final CaseRepository cases;
    private final CaseFollowUpRepository followUp;
    private final AccessService access;

    CaseGuard(CaseRepository cases, CaseFollowUpRepository followUp, AccessService access) {
        this.cases = cases;
        this.followUp = followUp;
        this.access = access;
    }

    /** A case of the current table with the signed-in person's rights on it (possibly none). */
    Guarded load(long caseId) {
        StoredCase stored = cases.load(caseId).orElseThrow(() -> access.deny(OBJECT, caseId));
        access.requireCurrentTable(stored.tableId(), OBJECT, caseId);
        return new Guarded(stored, access.caseAccess(relations(stored)));
    }

    /** The case when the person may see it. */
    Guarded toSee(long caseId) {
        return require(load(caseId), CaseAccess::see);
    }

    /** The case when the person may change its facts. */
    StoredCase toChange(long caseId) {
        return require(load(caseId), CaseAccess::change).stored();
    }

    /** The case when the person is its table's chair. */
    StoredCase toTriage(long caseId) {
        return require(load(caseId), CaseAccess::triage).stored();
    }

    /** The case when the person leads its table (chair or secretary). */
    StoredCase toSteer(long caseId) {
        return require(load(caseId), CaseAccess::steer).stored();
    }

    /** The case when the person sits at it (a deelnemer): the safe contact is for them only. */
    StoredCase toSafeContact(long caseId) {
        return require(load(caseId), CaseAccess::safeContact).stored();
    }

    /** The case when the person may read its police compartment (police, the OM, the chair). */
    Guarded toReadConcerns(long caseId) {
        return require(load(caseId), CaseAccess::concerns);
    }

    /** The case when the person may record in its police compartment (police, the OM). */
    StoredCase toRecordConcerns(long caseId) {
        return require(load(caseId), CaseAccess::recordConcerns).stored();
    }

    /** The case when the person may record its CoMensha registration and produce the draft. */
    Guarded toRegister(long caseId) {
        return require(load(caseId), CaseAccess::register);
    }

    private Guarded require(Guarded guarded, java.util.function.Predicate<CaseAccess> right) {
        if (!right.test(guarded.access())) {
            throw access.deny(OBJECT, guarded.stored().id());
        }
        return guarded;
    }

    private CaseRelations relations(StoredCase stored) {
        return new CaseRelations(stored.tableId(), stored.proposingOrganisationId(), followUp.deelnemers(stored.id()),
                followUp.actionOwners(stored.id()), stored.named(), stored.status() == CaseStatus.CONCEPT,
                stored.restricted());
    }

    /** A loaded case and what the signed-in person may do with it. */
    record Guarded(StoredCase stored, CaseAccess access) {
    }
}
