package nl.zorgtafel.security;

import static nl.zorgtafel.db.Tables.COVENANT_SIGNATURE;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.STATEMENT_ACCEPTANCE;

import java.time.LocalDate;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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

    /**
     * The organisation types whose members read and record the police compartment (issue 19): police and
     * the OM. Named here, not taken from party.OrganisationType, because party builds on security; a test
     * holds the two together.
     */
    static final Set<String> POLICE_AND_JUSTICE = Set.of("POLITIE_AVIM", "POLITIE_ZEDEN", "POLITIE_BASISTEAM",
            "OPENBAAR_MINISTERIE");

    /** What the access rule needs to know of the viewer's organisation at one table, in one query. */
    OrganisationFacts organisationFacts(long tableId, long organisationId, LocalDate on) {
        var signatures = DSL.selectCount().from(COVENANT_SIGNATURE)
                .where(COVENANT_SIGNATURE.CARE_TABLE_ID.eq(tableId))
                .and(COVENANT_SIGNATURE.ORGANISATION_ID.eq(organisationId))
                .and(COVENANT_SIGNATURE.SIGNED_ON.le(on))
                .and(COVENANT_SIGNATURE.ENDED_ON.isNull().or(COVENANT_SIGNATURE.ENDED_ON.gt(on)));
        return dsl.select(DSL.field(signatures), ORGANISATION.ORG_TYPE.coerce(String.class))
                .from(ORGANISATION).where(ORGANISATION.ID.eq(organisationId))
                .fetchOptional(r -> new OrganisationFacts(r.value1() > 0, POLICE_AND_JUSTICE.contains(r.value2())))
                .orElse(new OrganisationFacts(false, false));
    }

    record OrganisationFacts(boolean covenantSigned, boolean policeOrJustice) {
    }
}
