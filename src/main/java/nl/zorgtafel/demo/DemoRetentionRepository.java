package nl.zorgtafel.demo;

import static nl.zorgtafel.db.Tables.CASE_FILE;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.casefile.CaseStatus;

/** Demo profile only: finds the historic case the demo puts under legal hold. */
@Repository
@Profile("demo")
class DemoRetentionRepository {

    private final DSLContext dsl;

    DemoRetentionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The table's case closed longest ago. */
    Optional<Long> oldestClosed(long tableId) {
        return dsl.select(CASE_FILE.ID).from(CASE_FILE)
                .where(CASE_FILE.CARE_TABLE_ID.eq(tableId).and(CASE_FILE.STATUS.eq(CaseStatus.AFGESLOTEN)))
                .orderBy(CASE_FILE.CLOSED_AT, CASE_FILE.ID).limit(1)
                .fetchOptional(CASE_FILE.ID);
    }
}
