package nl.zorgtafel.retention;

import static nl.zorgtafel.db.Tables.AUDIT_RETENTION;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CONSULTATION;
import static nl.zorgtafel.db.Tables.LEGAL_HOLD;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PURGE_LINE;
import static nl.zorgtafel.db.Tables.PURGE_RUN;
import static nl.zorgtafel.db.Tables.RETENTION_SETTING;

import java.time.Instant;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.security.RetentionScope;

@Repository
class RetentionRepository {

    private static final org.jooq.Table<?> HOLDER = ORGANISATION.as("holder");

    private final DSLContext dsl;

    RetentionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // Settings

    List<TableRetention> tables() {
        return dsl.select(CARE_TABLE.ID, CARE_TABLE.NAME, RETENTION_SETTING.DECLINED_MONTHS,
                        RETENTION_SETTING.CLOSED_MONTHS, RETENTION_SETTING.CONSULTATION_MONTHS, RETENTION_SETTING.VERSION)
                .from(CARE_TABLE).leftJoin(RETENTION_SETTING).on(RETENTION_SETTING.CARE_TABLE_ID.eq(CARE_TABLE.ID))
                .orderBy(CARE_TABLE.NAME)
                .fetch(r -> new TableRetention(r.value1(), r.value2(), r.value3() == null ? RetentionPeriods.DEFAULTS
                        : new RetentionPeriods(r.value3(), r.value4(), r.value5(), r.value6())));
    }

    RetentionPeriods periods(long tableId) {
        return dsl.select(RETENTION_SETTING.DECLINED_MONTHS, RETENTION_SETTING.CLOSED_MONTHS,
                        RETENTION_SETTING.CONSULTATION_MONTHS, RETENTION_SETTING.VERSION)
                .from(RETENTION_SETTING).where(RETENTION_SETTING.CARE_TABLE_ID.eq(tableId))
                .fetchOptional(r -> new RetentionPeriods(r.value1(), r.value2(), r.value3(), r.value4()))
                .orElse(RetentionPeriods.DEFAULTS);
    }

    /** Stores the periods when nobody changed them meanwhile (version 0: the table had none yet). */
    boolean savePeriods(long tableId, RetentionPeriods periods, Instant now) {
        if (periods.version() == 0) {
            return dsl.insertInto(RETENTION_SETTING)
                    .set(RETENTION_SETTING.CARE_TABLE_ID, tableId)
                    .set(RETENTION_SETTING.DECLINED_MONTHS, periods.declinedMonths())
                    .set(RETENTION_SETTING.CLOSED_MONTHS, periods.closedMonths())
                    .set(RETENTION_SETTING.CONSULTATION_MONTHS, periods.consultationMonths())
                    .set(RETENTION_SETTING.UPDATED_AT, now)
                    .set(RETENTION_SETTING.VERSION, 1)
                    .onDuplicateKeyIgnore().execute() == 1;
        }
        return dsl.update(RETENTION_SETTING)
                .set(RETENTION_SETTING.DECLINED_MONTHS, periods.declinedMonths())
                .set(RETENTION_SETTING.CLOSED_MONTHS, periods.closedMonths())
                .set(RETENTION_SETTING.CONSULTATION_MONTHS, periods.consultationMonths())
                .set(RETENTION_SETTING.UPDATED_AT, now)
                .set(RETENTION_SETTING.VERSION, RETENTION_SETTING.VERSION.plus(1))
                .where(RETENTION_SETTING.CARE_TABLE_ID.eq(tableId).and(RETENTION_SETTING.VERSION.eq(periods.version())))
                .execute() == 1;
    }

    record AuditYears(int years, int version) {
    }

    AuditYears auditYears() {
        return dsl.select(AUDIT_RETENTION.AUDIT_YEARS, AUDIT_RETENTION.VERSION).from(AUDIT_RETENTION)
                .where(AUDIT_RETENTION.ID.eq(1)).fetchSingle(r -> new AuditYears(r.value1(), r.value2()));
    }

    boolean saveAuditYears(int years, int version) {
        return dsl.update(AUDIT_RETENTION).set(AUDIT_RETENTION.AUDIT_YEARS, years)
                .set(AUDIT_RETENTION.VERSION, AUDIT_RETENTION.VERSION.plus(1))
                .where(AUDIT_RETENTION.ID.eq(1).and(AUDIT_RETENTION.VERSION.eq(version))).execute() == 1;
    }

    // What is due

    /** Where each phase's clock starts: the decision to decline (its status event), or the closing. */
    private static Field<Instant> since() {
        Field<Instant> declinedAt = DSL.field(DSL.select(DSL.max(CASE_EVENT.OCCURRED_AT)).from(CASE_EVENT)
                .where(CASE_EVENT.CASE_FILE_ID.eq(CASE_FILE.ID).and(CASE_EVENT.TO_STATUS.eq(CaseStatus.AFGEWEZEN))));
        return DSL.when(CASE_FILE.STATUS.eq(CaseStatus.AFGEWEZEN), DSL.coalesce(declinedAt, CASE_FILE.UPDATED_AT))
                .otherwise(CASE_FILE.CLOSED_AT);
    }

    /** Seconds of holds already lifted: the clock stood still that long. */
    private static Field<java.math.BigDecimal> heldSeconds() {
        return DSL.field(DSL.select(DSL.coalesce(DSL.sum(LEGAL_HOLD.HELD_SECONDS), java.math.BigDecimal.ZERO))
                .from(LEGAL_HOLD).where(LEGAL_HOLD.CASE_FILE_ID.eq(CASE_FILE.ID)));
    }

    /**
     * Declined or closed cases of the table, not purged yet, whose period (moved by the time they
     * were held) ended before the cutoffs; held ones included (they are skipped, and listed).
     * TIMESTAMPADD is understood alike by MySQL, MariaDB and H2.
     */
    private static Condition due(long tableId, Instant declinedCutoff, Instant closedCutoff) {
        Field<Instant> movedSince = DSL.field("timestampadd(second, {0}, {1})", CASE_FILE.CLOSED_AT.getDataType(),
                heldSeconds(), since());
        return CASE_FILE.CARE_TABLE_ID.eq(tableId).and(CASE_FILE.PURGED_AT.isNull())
                .and(CASE_FILE.STATUS.eq(CaseStatus.AFGEWEZEN).and(movedSince.le(declinedCutoff))
                        .or(CASE_FILE.STATUS.eq(CaseStatus.AFGESLOTEN).and(movedSince.le(closedCutoff))));
    }

    private static Condition scoped(RetentionScope scope) {
        return scope.allOfTable() ? DSL.trueCondition() : CASE_FILE.PROPOSING_ORGANISATION_ID.eq(scope.organisationId());
    }

    List<PurgeCandidate> dueCases(long tableId, Instant declinedCutoff, Instant closedCutoff, RetentionScope scope,
            int offset, int limit) {
        Field<Instant> since = since().as("since");
        return dsl.select(CASE_FILE.ID, CASE_FILE.CODE, CASE_FILE.STATUS, ORGANISATION.NAME, since, heldSeconds(),
                        CASE_FILE.LEGAL_HOLD, HOLDER.field(ORGANISATION.NAME), CASE_FILE.PROPOSING_ORGANISATION_ID,
                        LEGAL_HOLD.REQUESTED_BY_ORGANISATION_ID)
                .from(CASE_FILE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.PROPOSING_ORGANISATION_ID))
                .leftJoin(LEGAL_HOLD).on(LEGAL_HOLD.CASE_FILE_ID.eq(CASE_FILE.ID).and(LEGAL_HOLD.LIFTED_AT.isNull()))
                .leftJoin(HOLDER).on(HOLDER.field(ORGANISATION.ID).eq(LEGAL_HOLD.REQUESTED_BY_ORGANISATION_ID))
                .where(due(tableId, declinedCutoff, closedCutoff).and(scope == null ? DSL.trueCondition() : scoped(scope)))
                .orderBy(CASE_FILE.LEGAL_HOLD.desc(), CASE_FILE.CODE)
                .offset(offset).limit(limit)
                .fetch(r -> new PurgeCandidate(r.value1(), r.value2(),
                        r.value3() == CaseStatus.AFGEWEZEN ? RetentionPhase.AFGEWEZEN : RetentionPhase.AFGESLOTEN,
                        r.value4(), r.value5(), r.value6().longValue() / 86_400, r.value7(), r.value8(), r.value9(),
                        r.value10()));
    }

    int countDueCases(long tableId, Instant declinedCutoff, Instant closedCutoff, RetentionScope scope) {
        return dsl.selectCount().from(CASE_FILE)
                .where(due(tableId, declinedCutoff, closedCutoff).and(scoped(scope)))
                .fetchSingle(0, int.class);
    }

    record DueConsultation(long id, long organisationId) {
    }

    private static Condition dueConsultation(long tableId, Instant cutoff) {
        return CONSULTATION.CARE_TABLE_ID.eq(tableId).and(CONSULTATION.PURGED_AT.isNull())
                .and(CONSULTATION.ANSWERED_AT.isNotNull()).and(CONSULTATION.ANSWERED_AT.le(cutoff));
    }

    List<DueConsultation> dueConsultations(long tableId, Instant cutoff) {
        return dsl.select(CONSULTATION.ID, CONSULTATION.ASKING_ORGANISATION_ID).from(CONSULTATION)
                .where(dueConsultation(tableId, cutoff)).orderBy(CONSULTATION.ID)
                .fetch(r -> new DueConsultation(r.value1(), r.value2()));
    }

    int countDueConsultations(long tableId, Instant cutoff, RetentionScope scope) {
        return dsl.selectCount().from(CONSULTATION)
                .where(dueConsultation(tableId, cutoff).and(scope.allOfTable() ? DSL.trueCondition()
                        : CONSULTATION.ASKING_ORGANISATION_ID.eq(scope.organisationId())))
                .fetchSingle(0, int.class);
    }

    // Reports

    long startRun(Instant now, boolean dryRun, Long accountId) {
        return dsl.insertInto(PURGE_RUN)
                .set(PURGE_RUN.STARTED_AT, now)
                .set(PURGE_RUN.DRY_RUN, dryRun)
                .set(PURGE_RUN.STARTED_BY_ACCOUNT_ID, accountId)
                .returningResult(PURGE_RUN.ID).fetchSingle().value1();
    }

    void finishRun(long runId, Instant now, long auditDeleted) {
        dsl.update(PURGE_RUN).set(PURGE_RUN.FINISHED_AT, now).set(PURGE_RUN.AUDIT_ENTRIES_DELETED, auditDeleted)
                .where(PURGE_RUN.ID.eq(runId)).execute();
    }

    void line(long runId, long tableId, RetentionPhase phase, boolean held, Long caseId, Long consultationId,
            String code, long organisationId, Long holdRequester) {
        dsl.insertInto(PURGE_LINE)
                .set(PURGE_LINE.PURGE_RUN_ID, runId)
                .set(PURGE_LINE.CARE_TABLE_ID, tableId)
                .set(PURGE_LINE.PHASE, phase)
                .set(PURGE_LINE.HELD, held)
                .set(PURGE_LINE.CASE_FILE_ID, caseId)
                .set(PURGE_LINE.CONSULTATION_ID, consultationId)
                .set(PURGE_LINE.CODE, code)
                .set(PURGE_LINE.RESPONSIBLE_ORGANISATION_ID, organisationId)
                .set(PURGE_LINE.HOLD_REQUESTED_BY_ORGANISATION_ID, holdRequester)
                .execute();
    }

    private static Condition lines(RetentionScope scope, Long runId) {
        Condition c = PURGE_LINE.CARE_TABLE_ID.eq(scope.tableId());
        if (!scope.allOfTable()) {
            c = c.and(PURGE_LINE.RESPONSIBLE_ORGANISATION_ID.eq(scope.organisationId()));
        }
        return runId == null ? c : c.and(PURGE_LINE.PURGE_RUN_ID.eq(runId));
    }

    List<PurgeLine> report(RetentionScope scope, Long runId, int offset, int limit) {
        var holder = ORGANISATION.as("holder");
        return dsl.select(PURGE_RUN.ID, PURGE_RUN.STARTED_AT, PURGE_RUN.DRY_RUN, PURGE_LINE.PHASE, PURGE_LINE.CODE,
                        ORGANISATION.NAME, PURGE_LINE.HELD, holder.NAME)
                .from(PURGE_LINE)
                .join(PURGE_RUN).on(PURGE_RUN.ID.eq(PURGE_LINE.PURGE_RUN_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PURGE_LINE.RESPONSIBLE_ORGANISATION_ID))
                .leftJoin(holder).on(holder.ID.eq(PURGE_LINE.HOLD_REQUESTED_BY_ORGANISATION_ID))
                .where(lines(scope, runId))
                .orderBy(PURGE_RUN.STARTED_AT.desc(), PURGE_LINE.HELD.desc(), PURGE_LINE.CODE)
                .offset(offset).limit(limit)
                .fetch(r -> new PurgeLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    int countReport(RetentionScope scope, Long runId) {
        return dsl.selectCount().from(PURGE_LINE).where(lines(scope, runId)).fetchSingle(0, int.class);
    }

    /** The runs with lines the reader may see, newest first, with their counts. */
    List<PurgeRun> runs(RetentionScope scope, int limit) {
        Field<java.math.BigDecimal> held = DSL.sum(DSL.when(PURGE_LINE.HELD.isTrue(), 1).otherwise(0));
        return dsl.select(PURGE_RUN.ID, PURGE_RUN.STARTED_AT, PURGE_RUN.DRY_RUN, DSL.count(), held)
                .from(PURGE_LINE).join(PURGE_RUN).on(PURGE_RUN.ID.eq(PURGE_LINE.PURGE_RUN_ID))
                .where(lines(scope, null))
                .groupBy(PURGE_RUN.ID, PURGE_RUN.STARTED_AT, PURGE_RUN.DRY_RUN)
                .orderBy(PURGE_RUN.STARTED_AT.desc())
                .limit(limit)
                .fetch(r -> new PurgeRun(r.value1(), r.value2(), r.value3(), r.value4() - r.value5().intValue(),
                        r.value5().intValue()));
    }
}
