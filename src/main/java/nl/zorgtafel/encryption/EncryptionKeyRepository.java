package nl.zorgtafel.encryption;

import static nl.zorgtafel.db.Tables.ENCRYPTION_KEY;
import static nl.zorgtafel.db.Tables.REENCRYPTION_RUN;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.base.db.SealedText;
import nl.zorgtafel.db.DefaultSchema;

/**
 * The key registry, the re-encryption runs, and the sealed values themselves. The sealed columns
 * are found in the generated schema by their type, so a column sealed later is covered without
 * a list to keep up to date.
 */
@Repository
class EncryptionKeyRepository {

    /** One encrypted column and its table's single-column primary key. */
    record SealedColumn(Table<?> table, TableField<?, Long> id, TableField<?, SealedText> column) {

        String name() {
            return FieldEncryption.fieldName(column);
        }
    }

    static final List<SealedColumn> SEALED_COLUMNS = sealedColumns();

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    EncryptionKeyRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    @SuppressWarnings("unchecked")
    private static List<SealedColumn> sealedColumns() {
        return DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .flatMap(table -> java.util.Arrays.stream(table.fields())
                        .filter(f -> f.getType() == SealedText.class)
                        .map(f -> {
                            var key = table.getPrimaryKey().getFields();
                            if (key.size() != 1 || key.get(0).getType() != Long.class) {
                                throw new IllegalStateException("Sealed column " + f.getName() + " needs a table "
                                        + "with a single BIGINT primary key");
                            }
                            return new SealedColumn(table, (TableField<?, Long>) key.get(0),
                                    (TableField<?, SealedText>) f);
                        }))
                .toList();
    }

    // The registry

    /** Keys that sealed a value and were not retired since. */
    Set<String> keysInUse() {
        return dsl.select(ENCRYPTION_KEY.KEY_ID).from(ENCRYPTION_KEY).where(ENCRYPTION_KEY.RETIRED_AT.isNull())
                .fetchSet(ENCRYPTION_KEY.KEY_ID);
    }

    /** Notes that a key seals values from now on (again, if it had been retired). */
    void register(String keyId, Instant now) {
        int changed = dsl.update(ENCRYPTION_KEY).setNull(ENCRYPTION_KEY.RETIRED_AT)
                .where(ENCRYPTION_KEY.KEY_ID.eq(keyId)).execute();
        if (changed == 0) {
            dsl.insertInto(ENCRYPTION_KEY).set(ENCRYPTION_KEY.KEY_ID, keyId).set(ENCRYPTION_KEY.FIRST_USED_AT, now)
                    .onDuplicateKeyIgnore().execute();
        }
    }

    int retireAllBut(String activeKey, Instant now) {
        return dsl.update(ENCRYPTION_KEY).set(ENCRYPTION_KEY.RETIRED_AT, now)
                .where(ENCRYPTION_KEY.KEY_ID.ne(activeKey).and(ENCRYPTION_KEY.RETIRED_AT.isNull())).execute();
    }

    // The values

    private static Field<String> stored(SealedColumn c) {
        return DSL.field(c.column().getQualifiedName(), String.class);
    }

    private static Condition notUnder(SealedColumn c, String keyId) {
        return c.column().isNotNull().and(stored(c).notLike("v1:" + keyId + ":%"));
    }

    /** How many values of all sealed columns another key than {@code keyId} sealed. */
    long countNotUnder(String keyId) {
        long total = 0;
        for (SealedColumn c : SEALED_COLUMNS) {
            total += dsl.fetchCount(c.table(), notUnder(c, keyId));
        }
        return total;
    }

    /** A stored value and its row. */
    record Stored(long id, SealedText value) {
    }

    /** Values of one column not yet under {@code keyId}, after row {@code afterId}, in id order. */
    List<Stored> notUnder(SealedColumn c, String keyId, long afterId, int limit) {
        return dsl.select(c.id(), c.column()).from(c.table()).where(notUnder(c, keyId).and(c.id().gt(afterId)))
                .orderBy(c.id()).limit(limit).fetch(r -> new Stored(r.value1(), r.value2()));
    }

    /**
     * Re-seals one value under the active key; false when it changed meanwhile (a person saved it,
     * so it is already under the active key, or it was emptied): the update names the value read.
     */
    boolean reseal(SealedColumn c, Stored old) {
        SealedText renewed = encryption.reseal(c.column(), old.value());
        return dsl.update(c.table()).set(c.column(), renewed)
                .where(c.id().eq(old.id()).and(stored(c).eq(old.value().stored()))).execute() == 1;
    }

    // The runs

    record Run(long id, String targetKey, Instant startedAt, Instant finishedAt, long total, long done,
            RunOutcome outcome) {
    }

    long startRun(String targetKey, long total, Instant now) {
        return dsl.insertInto(REENCRYPTION_RUN).set(REENCRYPTION_RUN.TARGET_KEY_ID, targetKey)
                .set(REENCRYPTION_RUN.STARTED_AT, now).set(REENCRYPTION_RUN.VALUES_TOTAL, total)
                .set(REENCRYPTION_RUN.VALUES_DONE, 0L).set(REENCRYPTION_RUN.OUTCOME, RunOutcome.BEZIG)
                .returningResult(REENCRYPTION_RUN.ID).fetchSingle().value1();
    }

    void progress(long runId, long done) {
        dsl.update(REENCRYPTION_RUN).set(REENCRYPTION_RUN.VALUES_DONE, done).where(REENCRYPTION_RUN.ID.eq(runId))
                .execute();
    }

    void finish(long runId, long done, RunOutcome outcome, Instant now) {
        dsl.update(REENCRYPTION_RUN).set(REENCRYPTION_RUN.VALUES_DONE, done)
                .set(REENCRYPTION_RUN.OUTCOME, outcome).set(REENCRYPTION_RUN.FINISHED_AT, now)
                .where(REENCRYPTION_RUN.ID.eq(runId)).execute();
    }

    /** Runs left unfinished by a node that stopped: only called by the node that holds the job's lock. */
    int markInterrupted(Instant now) {
        return dsl.update(REENCRYPTION_RUN).set(REENCRYPTION_RUN.OUTCOME, RunOutcome.ONDERBROKEN)
                .set(REENCRYPTION_RUN.FINISHED_AT, now)
                .where(REENCRYPTION_RUN.FINISHED_AT.isNull()).execute();
    }

    Optional<Run> lastRun() {
        return dsl.selectFrom(REENCRYPTION_RUN).orderBy(REENCRYPTION_RUN.ID.desc()).limit(1)
                .fetchOptional(r -> new Run(r.getId(), r.getTargetKeyId(), r.getStartedAt(), r.getFinishedAt(),
                        r.getValuesTotal(), r.getValuesDone(), r.getOutcome()));
    }
}
