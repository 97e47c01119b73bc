package nl.zorgtafel.base.db;

import java.time.Instant;

import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** What the database server is set to do with our data: its flush settings, its timestamp precision. */
@Repository
class DatabaseSettingsRepository {

    /** As jOOQ generates every {@code DATETIME(3)} column (the forcedType in pom.xml). */
    static final DataType<Instant> DATETIME_3 = SQLDataType.LOCALDATETIME(3)
            .asConvertedDataType(new UtcInstantConverter());

    private final DSLContext dsl;

    DatabaseSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The server-wide (global-only) settings that decide whether a commit survives a crash of the
     * server or its machine; MySQL and MariaDB only.
     */
    FlushSettings flushSettings() {
        return dsl.resultQuery("SELECT @@GLOBAL.innodb_flush_log_at_trx_commit, @@GLOBAL.sync_binlog")
                .fetchSingle(r -> new FlushSettings(r.get(0, String.class), r.get(1, String.class)));
    }

    /**
     * Sends {@code value} as a bind value the way every {@code DATETIME(3)} column's value is sent,
     * and reads back what the database made of it as {@code DATETIME(3)}.
     */
    Instant roundTrip(Instant value) {
        return dsl.select(DSL.cast(DSL.val(value, DATETIME_3), DATETIME_3)).fetchSingle(0, Instant.class);
    }

    record FlushSettings(String innodbFlushLogAtTrxCommit, String syncBinlog) {
    }
}
