package nl.zorgtafel.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The same migrations and the same jOOQ code on both databases; subclasses say which dialect. */
abstract class DatabaseTests {

    @Autowired
    DSLContext dsl;
    @Autowired
    Flyway flyway;

    abstract SQLDialect expectedDialect();

    @Test
    void jooq_speaks_the_dialect_of_the_database() {
        assertThat(dsl.dialect()).isEqualTo(expectedDialect());
        assertThat(dsl.selectOne().fetchOne(0, Integer.class)).isEqualTo(1);
    }

    @Test
    void every_migration_from_the_migrations_folder_is_applied() {
        var applied = Arrays.stream(flyway.info().applied()).map(MigrationInfo::getVersion).map(Object::toString).toList();
        assertThat(applied).contains("001", "002");
        assertThat(flyway.info().pending()).isEmpty();
    }
}
