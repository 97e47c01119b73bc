package nl.zorgtafel.security;

import static nl.zorgtafel.db.Tables.COVENANT_SIGNATURE;
import static nl.zorgtafel.db.Tables.STATEMENT_ACCEPTANCE;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The facts access decisions need that the principal does not carry. */
@Repository
class AccessRepository {

    private final DSLContext dsl;

    AccessRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether the person accepted the session's confidentiality statement. */
    boolean acceptedStatement(long meetingId, long personId) {
        // Counted, not fetchExists: on H2 2.4 EXISTS misses a row inserted earlier in the same transaction.
        return dsl.fetchCount(STATEMENT_ACCEPTANCE, STATEMENT_ACCEPTANCE.MEETING_ID.eq(meetingId)
                .and(STATEMENT_ACCEPTANCE.PERSON_ID.eq(personId))) > 0;
    }

    boolean covenantSigned(long tableId, long organisationId, LocalDate on) {
        return dsl.fetchCount(COVENANT_SIGNATURE,
                COVENANT_SIGNATURE.CARE_TABLE_ID.eq(tableId)
                        .and(COVENANT_SIGNATURE.ORGANISATION_ID.eq(organisationId))
                        .and(COVENANT_SIGNATURE.SIGNED_ON.le(on))
                        .and(COVENANT_SIGNATURE.ENDED_ON.isNull().or(COVENANT_SIGNATURE.ENDED_ON.gt(on)))) > 0;
    }
}
