package nl.zorgtafel.audit;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PARTICIPANT;
import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.security.TableRole;

/**
 * Counts over one period of the audit log for the anomaly report, all in SQL on the
 * (kind/actor/table, occurred_at) indexes: the cost follows the period, not the log's history.
 */
@Repository
class AnomalyRepository {

    /** Kinds that read or take out case data. */
    static final List<AuditKind> READS = List.of(AuditKind.CASE_VIEWED, AuditKind.IDENTIFYING_DATA_VIEWED,
            AuditKind.DOWNLOADED, AuditKind.COMENSHA_DRAFT_PRODUCED, AuditKind.EXPORTED, AuditKind.PRINTED, AuditKind.SEARCHED,
            AuditKind.CONCERN_VIEWED);

    private final DSLContext dsl;

    AnomalyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Totals(int entries, int accounts, int addresses) {
    }

    Totals failedSignIns(Instant from, Instant to, Long tableId) {
        return dsl.select(count(), countDistinct(AUDIT_ENTRY.ACTOR_ACCOUNT_ID), countDistinct(AUDIT_ENTRY.CLIENT_ADDRESS))
                .from(AUDIT_ENTRY)
                .where(period(from, to)).and(AUDIT_ENTRY.KIND.eq(AuditKind.LOGIN_FAILED)).and(membersOf(tableId))
                .fetchSingle(r -> new Totals(r.value1(), r.value2(), r.value3()));
    }

    List<AnomalyReport.Count> byAccount(AuditKind kind, Instant from, Instant to, Long tableId, int limit) {
        Condition where = AUDIT_ENTRY.KIND.eq(kind).and(period(from, to)).and(AUDIT_ENTRY.ACTOR_ACCOUNT_ID.isNotNull())
                .and(kind == AuditKind.LOGIN_FAILED ? membersOf(tableId) : atTable(tableId));
        return dsl.select(AUDIT_ENTRY.ACTOR_ACCOUNT_ID, count())
                .from(AUDIT_ENTRY).where(where)
                .groupBy(AUDIT_ENTRY.ACTOR_ACCOUNT_ID)
                .orderBy(count().desc(), AUDIT_ENTRY.ACTOR_ACCOUNT_ID)
                .limit(limit)
                .fetch(r -> new AnomalyReport.Count(r.value1(), r.value2()));
    }

    int total(AuditKind kind, Instant from, Instant to, Long tableId) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(kind).and(period(from, to)).and(atTable(tableId)));
    }

    /**
     * Case files opened by someone whose organisation takes part in no agenda item of that case,
     * did not propose it, and who does not lead the case's table: looked at without a part in it.
     */
    List<AnomalyReport.CaseView> viewsWithoutPart(Instant from, Instant to, Long tableId) {
        var participates = exists(selectOne().from(AGENDA_ITEM_PARTICIPANT)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM.CASE_FILE_ID.eq(CASE_FILE.ID))
                .and(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID.eq(AUDIT_ENTRY.ACTOR_ORGANISATION_ID)));
        var leads = exists(selectOne().from(ACCOUNT)
                .join(TABLE_MEMBERSHIP).on(TABLE_MEMBERSHIP.PERSON_ID.eq(ACCOUNT.PERSON_ID))
                .where(ACCOUNT.ID.eq(AUDIT_ENTRY.ACTOR_ACCOUNT_ID))
                .and(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(CASE_FILE.CARE_TABLE_ID))
                .and(TABLE_MEMBERSHIP.TABLE_ROLE.in(TableRole.VOORZITTER, TableRole.SECRETARIS)));
        return dsl.select(AUDIT_ENTRY.ACTOR_ACCOUNT_ID, CASE_FILE.ID, count())
                .from(AUDIT_ENTRY)
                .join(CASE_FILE).on(CASE_FILE.ID.eq(AUDIT_ENTRY.OBJECT_ID))
                .where(AUDIT_ENTRY.KIND.eq(AuditKind.CASE_VIEWED)).and(AUDIT_ENTRY.OBJECT_TYPE.eq("case_file"))
                .and(period(from, to))
                .and(tableId == null ? noCondition() : CASE_FILE.CARE_TABLE_ID.eq(tableId))
                .and(AUDIT_ENTRY.ACTOR_ORGANISATION_ID.ne(CASE_FILE.PROPOSING_ORGANISATION_ID))
                .andNot(participates).andNot(leads)
                .groupBy(AUDIT_ENTRY.ACTOR_ACCOUNT_ID, CASE_FILE.ID)
                .orderBy(count().desc(), AUDIT_ENTRY.ACTOR_ACCOUNT_ID, CASE_FILE.ID)
                .fetch(r -> new AnomalyReport.CaseView(r.value1(), r.value2(), r.value3()));
    }

    /** Accounts with at least {@code threshold} reads of case data inside the given (out-of-hours) ranges. */
    List<AnomalyReport.Count> readsWithin(List<Instant[]> ranges, Long tableId, int threshold) {
        Condition within = falseCondition();
        for (Instant[] range : ranges) {
            within = within.or(AUDIT_ENTRY.OCCURRED_AT.ge(range[0]).and(AUDIT_ENTRY.OCCURRED_AT.lt(range[1])));
        }
        return dsl.select(AUDIT_ENTRY.ACTOR_ACCOUNT_ID, count())
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.KIND.in(READS)).and(within).and(atTable(tableId))
                .and(AUDIT_ENTRY.ACTOR_ACCOUNT_ID.isNotNull())
                .groupBy(AUDIT_ENTRY.ACTOR_ACCOUNT_ID)
                .having(count().ge(threshold))
                .orderBy(count().desc(), AUDIT_ENTRY.ACTOR_ACCOUNT_ID)
                .fetch(r -> new AnomalyReport.Count(r.value1(), r.value2()));
    }

    /** Addresses for the report: the Beheerders' and each table's chair's, with the table. */
    record Recipient(String email, Long tableId) {
    }

    List<Recipient> recipients() {
        var people = nl.zorgtafel.db.Tables.PERSON;
        var admins = dsl.select(people.EMAIL).from(ACCOUNT).join(people).on(people.ID.eq(ACCOUNT.PERSON_ID))
                .where(ACCOUNT.ADMINISTRATOR.isTrue()).and(ACCOUNT.ENABLED.isTrue()).and(people.ACTIVE.isTrue())
                .and(people.EMAIL.isNotNull())
                .fetch(r -> new Recipient(r.value1(), null));
        var chairs = dsl.select(people.EMAIL, TABLE_MEMBERSHIP.CARE_TABLE_ID).from(TABLE_MEMBERSHIP)
                .join(people).on(people.ID.eq(TABLE_MEMBERSHIP.PERSON_ID))
                .join(ACCOUNT).on(ACCOUNT.PERSON_ID.eq(people.ID))
                .where(TABLE_MEMBERSHIP.TABLE_ROLE.eq(TableRole.VOORZITTER)).and(ACCOUNT.ENABLED.isTrue())
                .and(people.ACTIVE.isTrue()).and(people.EMAIL.isNotNull())
                .fetch(r -> new Recipient(r.value1(), r.value2()));
        return java.util.stream.Stream.concat(admins.stream(), chairs.stream()).toList();
    }

    private static Condition period(Instant from, Instant to) {
        return AUDIT_ENTRY.OCCURRED_AT.ge(from).and(AUDIT_ENTRY.OCCURRED_AT.lt(to));
    }

    private static Condition atTable(Long tableId) {
        return tableId == null ? noCondition() : AUDIT_ENTRY.CARE_TABLE_ID.eq(tableId);
    }

    /**
     * A sign-in has no table: for one table, the failures of that table's members count. As a
     * correlated EXISTS, not IN: with IN, H2 reads every member's whole history by the actor
     * index; this way the week of one kind is read by the kind index and each entry checked.
     */
    private static Condition membersOf(Long tableId) {
        return tableId == null ? noCondition() : exists(selectOne().from(ACCOUNT)
                .join(TABLE_MEMBERSHIP).on(TABLE_MEMBERSHIP.PERSON_ID.eq(ACCOUNT.PERSON_ID))
                .where(ACCOUNT.ID.eq(AUDIT_ENTRY.ACTOR_ACCOUNT_ID))
                .and(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId)));
    }
}
