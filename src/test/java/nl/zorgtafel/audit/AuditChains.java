package nl.zorgtafel.audit;

import org.jooq.DSLContext;

/** The chain check for tests that look at a database from outside the application (crash tests). */
public final class AuditChains {

    private AuditChains() {
    }

    /** {@link AuditService#verifyChain()} over the given database; it needs nothing but the repository. */
    public static AuditVerification verify(DSLContext dsl) {
        return new AuditService(new AuditRepository(dsl), null, null, null, null).verifyChain();
    }
}
