package nl.zorgtafel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.List;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import nl.zorgtafel.audit.AuditChains;
import nl.zorgtafel.testsupport.CrashingApplication;
import nl.zorgtafel.testsupport.MariaDbServer;

/**
 * The crash test of {@link CrashDurabilityH2Test} on a real server through Connector/J, with the
 * production {@code mysql} profile, on a database of its own: ten SIGKILLs of the application in
 * the middle of a burst of acknowledged writes, then every one of them is there and the audit
 * chain still verifies. The server itself runs on (it is shared by the test JVM): this shows that
 * the application answers only after the commit; that the server keeps a commit through its own
 * crash is its settings' job, which readiness checks (innodb_flush_log_at_trx_commit=1,
 * sync_binlog=1; each run here waits for readiness, so they were in force).
 */
class CrashDurabilityMariaDbTest {

    private static final int KILLS = 10;
    private static final String DATABASE = "zorgtafel_crash";

    @Test
    void no_acknowledged_write_is_lost_over_ten_kills() throws Exception {
        String rootUrl = MariaDbServer.jdbcUrl();
        String url = rootUrl.replace("/zorgtafel?", "/" + DATABASE + "?");
        try (var root = DriverManager.getConnection(rootUrl, "root", ""); var statement = root.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4");
        }
        long started = System.nanoTime();
        var runs = CrashingApplication.burstsWithKills(KILLS, List.of("--spring.profiles.active=mysql",
                "--zorgtafel.base-url=https://zorgtafel.example",
                "--spring.datasource.url=" + url, "--spring.datasource.username=root",
                "--spring.datasource.password="));
        int acknowledged = runs.acknowledged();
        // Ready only with the server's flush settings, and the answer says so.
        assertThat(runs.readiness()).contains("\"databaseDurability\"", "\"sync_binlog\":\"1\"");
        try (var connection = DriverManager.getConnection(url, "root", "");
                var result = connection.createStatement().executeQuery(
                        "select count(*) from audit_entry where kind = 'LOGIN_FAILED'")) {
            result.next();
            System.out.printf("Crash test MariaDB: %d kills, %d writes acknowledged, %d stored (%d s)%n",
                    KILLS, acknowledged, result.getInt(1), (System.nanoTime() - started) / 1_000_000_000);
            assertThat(result.getInt(1)).as("audit entries after %d kills", KILLS)
                    .isGreaterThanOrEqualTo(acknowledged);
            var chain = AuditChains.verify(DSL.using(connection, SQLDialect.MYSQL));
            assertThat(chain.intact()).as("audit chain after the kills: %s", chain).isTrue();
        }
        assertThat(acknowledged).isGreaterThan(KILLS * 5);
    }
}
