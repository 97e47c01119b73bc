package nl.zorgtafel.testsupport;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jooq.CaseConditionStep;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import nl.zorgtafel.audit.AuditKind;

/**
 * Years of audit log for the people of {@link BenchmarkData} (who get an account each): entry
 * {@code i} is the i-th newest, fifteen seconds before the one after it, so {@link #grow} adds
 * older entries and one data set is measured at 1M and again at 10M (ten million entries are
 * 4¾ years). The mix is a working region's: half are case views, then sign-ins and -outs, action
 * changes; one in 100,000 is an audit export (a rare kind, for the filter that must not scan).
 * Generated inside the database ({@code INSERT … SELECT} over a 100,000-row number table), so
 * ten million rows load in minutes, not hours; committed a chunk at a time. Hashes are not
 * chained: only the volume counts here.
 */
public final class AuditBenchmarkData {

    /** The newest entry's id; older entries count down from it (above the application's own ids). */
    private static final long NEWEST = 4_200_000_000L;
    private static final int CHUNK = 100_000;
    private static final int SECONDS_APART = 15;

    private final DSLContext dsl;
    private final Instant now;
    private int entries;

    public AuditBenchmarkData(DSLContext dsl, Instant now) {
        this.dsl = dsl;
        this.now = now;
    }

    /** An account for each benchmark person (needs {@link BenchmarkData#loadParties}). */
    public void loadAccounts() {
        for (int from = 0; from < BenchmarkData.PEOPLE; from += 1000) {
            var insert = dsl.insertInto(ACCOUNT, ACCOUNT.ID, ACCOUNT.PERSON_ID, ACCOUNT.USERNAME,
                    ACCOUNT.PASSWORD_HASH, ACCOUNT.CREATED_AT);
            for (int p = from; p < from + 1000; p++) {
                insert = insert.values(accountId(p), BenchmarkData.personId(p), "bench" + p, "{noop}-", now);
            }
            insert.execute();
        }
    }

    public static long accountId(int person) {
        return BenchmarkData.personId(person);
    }

    /** The person who acted in entry {@code i}: spread over everyone, so each has a history. */
    public static int actorOf(long i) {
        return (int) (i * 7919 % BenchmarkData.PEOPLE);
    }

    /** The id of the i-th newest entry. */
    public static long entryId(long i) {
        return NEWEST - i;
    }

    /**
     * Adds older entries until there are {@code total}. The secondary indexes are dropped while
     * loading and built again afterwards, as a bulk restore does: H2 builds an index over
     * millions of rows by sorting, many times faster than keeping seven indexes row by row.
     */
    public void grow(int total) {
        var indexes = AUDIT_ENTRY.getIndexes();
        indexes.forEach(index -> dsl.dropIndex(index.getName()).on(AUDIT_ENTRY).execute());
        for (int from = entries; from < total; from += CHUNK) {
            int first = from;
            int size = Math.min(CHUNK, total - from);
            dsl.transaction(c -> insertChunk(c.dsl(), first, size));
            entries = first + size;
        }
        indexes.forEach(index -> dsl.createIndex(index.getName()).on(AUDIT_ENTRY, index.getFields()).execute());
    }

    public int entries() {
        return entries;
    }

    private void insertChunk(DSLContext tx, int first, int size) {
        Field<Long> n = field(name("n"), SQLDataType.BIGINT);
        Field<Long> i = n.plus(first);
        Field<Long> actor = i.mul(7919).mod(BenchmarkData.PEOPLE);
        Field<Long> table = actor.div(BenchmarkData.PEOPLE / BenchmarkData.TABLES);
        Field<Long> slot = i.mod(100);
        var occurred = DSL.localDateTimeAdd(DSL.val(now.atOffset(ZoneOffset.UTC).toLocalDateTime()),
                i.mul(-SECONDS_APART), DatePart.SECOND).coerce(AUDIT_ENTRY.OCCURRED_AT);
        CaseConditionStep<AuditKind> kind = DSL.when(i.mod(100_000).eq(7L), inline(AuditKind.AUDIT_EXPORTED, AUDIT_ENTRY.KIND))
                .when(slot.lt(50L), inline(AuditKind.CASE_VIEWED, AUDIT_ENTRY.KIND))
                .when(slot.lt(62L), inline(AuditKind.LOGIN_SUCCEEDED, AUDIT_ENTRY.KIND))
                .when(slot.lt(70L), inline(AuditKind.LOGOUT, AUDIT_ENTRY.KIND))
                .when(slot.lt(80L), inline(AuditKind.ACTION_CHANGED, AUDIT_ENTRY.KIND))
                .when(slot.lt(88L), inline(AuditKind.IDENTIFYING_DATA_VIEWED, AUDIT_ENTRY.KIND))
                .when(slot.lt(95L), inline(AuditKind.NOTE_ADDED, AUDIT_ENTRY.KIND));
        Field<AuditKind> kindField = kind.otherwise(inline(AuditKind.LOGIN_FAILED, AUDIT_ENTRY.KIND));
        Field<String> objectType = DSL.when(slot.lt(50L).or(slot.between(80L, 87L)), inline("case_file"))
                .otherwise(DSL.inline((String) null));
        Field<Long> objectId = DSL.when(slot.lt(50L).or(slot.between(80L, 87L)),
                i.mod(100_000).plus(inline(BenchmarkData.caseId(0, 0, 0)))).otherwise(DSL.inline((Long) null));
        Field<String> zeros = inline("0".repeat(64));
        Field<Long> organisation = table.mul(7).plus(actor.mod(10)).mod(BenchmarkData.ORGANISATIONS)
                .plus(inline(BenchmarkData.organisationId(0)));
        tx.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.ID, AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.KIND,
                        AUDIT_ENTRY.ACTOR_ACCOUNT_ID, AUDIT_ENTRY.ACTOR_ORGANISATION_ID, AUDIT_ENTRY.CARE_TABLE_ID,
                        AUDIT_ENTRY.OBJECT_TYPE, AUDIT_ENTRY.OBJECT_ID, AUDIT_ENTRY.CLIENT_ADDRESS,
                        AUDIT_ENTRY.PREVIOUS_HASH, AUDIT_ENTRY.ENTRY_HASH)
                // Organisation and table follow the person, as BenchmarkData placed them.
                .select(select(inline(NEWEST).minus(i), occurred, kindField, actor.plus(inline(BenchmarkData.personId(0))),
                        organisation, table.plus(inline(BenchmarkData.tableId(0))), objectType, objectId,
                        DSL.concat(inline("192.0.2."), i.mod(250).cast(SQLDataType.VARCHAR(3))), zeros, zeros)
                        .from(numbers()).where(n.lt((long) size)))
                .execute();
    }

    /** 0 … 99,999 as column {@code n}: five cross-joined digit tables, in both dialects. */
    private static Table<?> numbers() {
        List<Table<?>> digits = new ArrayList<>();
        Field<Long> n = inline(0L);
        long weight = 1;
        for (int d = 0; d < 5; d++, weight *= 10) {
            // UNION ALL rather than VALUES: MariaDB takes no VALUES ROW(…) in a FROM.
            org.jooq.Select<org.jooq.Record1<Long>> tens = select(inline(0L).as("v"));
            for (long v = 1; v < 10; v++) {
                tens = tens.unionAll(select(inline(v).as("v")));
            }
            Table<?> digit = tens.asTable("d" + d);
            digits.add(digit);
            n = n.plus(digit.field("v", Long.class).mul(weight));
        }
        Table<?> product = digits.getFirst();
        for (Table<?> digit : digits.subList(1, digits.size())) {
            product = product.crossJoin(digit);
        }
        return select(n.as("n")).from(product).asTable("numbers");
    }
}
