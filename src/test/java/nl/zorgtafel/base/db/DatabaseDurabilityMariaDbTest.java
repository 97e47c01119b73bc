package nl.zorgtafel.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;

import nl.zorgtafel.testsupport.MariaDbServer;
import nl.zorgtafel.testsupport.MariaDbTest;

/**
 * Readiness on a real server whose flush settings change under it. The server is shared by every
 * MariaDB test in this JVM, so its settings are put back afterwards.
 */
@MariaDbTest
class DatabaseDurabilityMariaDbTest {

    @Autowired
    HealthEndpoint health;
    @Autowired
    DatabaseDurabilityHealthIndicator indicator;

    private String originalFlush;
    private String originalSync;

    @BeforeEach
    void remember() throws SQLException {
        try (Connection root = root(); var rows = root.createStatement().executeQuery(
                "SELECT @@GLOBAL.innodb_flush_log_at_trx_commit, @@GLOBAL.sync_binlog")) {
            rows.next();
            originalFlush = rows.getString(1);
            originalSync = rows.getString(2);
        }
    }

    @AfterEach
    void restore() throws SQLException {
        set(originalFlush, originalSync);
    }

    @Test
    void the_test_server_is_set_as_production_requires() {
        assertThat(originalFlush).isEqualTo("1");
        assertThat(originalSync).isEqualTo("1");
    }

    @Test
    void readiness_is_down_while_the_server_may_lose_acknowledged_commits() throws SQLException {
        set("2", "0");
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);
        var details = indicator.health().getDetails();
        assertThat(details).containsEntry("innodb_flush_log_at_trx_commit", "2").containsEntry("sync_binlog", "0");

        // Either one alone is not enough.
        set("1", "0");
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);
        set("2", "1");
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);

        set("1", "1");
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }

    private static void set(String flush, String sync) throws SQLException {
        try (Connection root = root(); var statement = root.createStatement()) {
            statement.execute("SET GLOBAL innodb_flush_log_at_trx_commit = " + Integer.parseInt(flush));
            statement.execute("SET GLOBAL sync_binlog = " + Integer.parseInt(sync));
        }
    }

    private static Connection root() throws SQLException {
        return DriverManager.getConnection(MariaDbServer.jdbcUrl(), "root", "");
    }
}
