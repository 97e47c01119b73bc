package nl.zorgtafel.audit;

/**
 * Outcome of checking the hash chain: intact, or the first entry whose link is broken and why.
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenId, String problem) {

    static AuditVerification ok(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    static AuditVerification broken(long checked, long id, String problem) {
        return new AuditVerification(false, checked, id, problem);
    }
}
