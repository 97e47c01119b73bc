package nl.zorgtafel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import nl.zorgtafel.audit.AuditChains;
import nl.zorgtafel.testsupport.CrashingApplication;

/**
 * Durability of the default H2 file database: the application runs as its own process, a client
 * makes writes it sees acknowledged (each refused sign-in commits an audit entry before the answer
 * comes back), and the process is killed with SIGKILL in the middle of the burst, ten times over
 * the same files. Afterwards every acknowledged write is there and the audit chain verifies.
 */
class CrashDurabilityH2Test {

    private static final int KILLS = 10;

    @Test
    void no_acknowledged_write_is_lost_over_ten_kills() throws Exception {
        Path folder = Files.createTempDirectory("crash-h2");
        String url = "jdbc:h2:file:" + folder.resolve("zorgtafel")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        long started = System.nanoTime();
        int acknowledged = CrashingApplication.burstsWithKills(KILLS, List.of("--spring.datasource.url=" + url))
                .acknowledged();
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var result = connection.createStatement().executeQuery(
                        "select count(*) from audit_entry where kind = 'LOGIN_FAILED'")) {
            result.next();
            System.out.printf("Crash test H2: %d kills, %d writes acknowledged, %d stored (%d s)%n",
                    KILLS, acknowledged, result.getInt(1), (System.nanoTime() - started) / 1_000_000_000);
            assertThat(result.getInt(1)).as("audit entries after %d kills", KILLS)
                    .isGreaterThanOrEqualTo(acknowledged);
            var chain = AuditChains.verify(DSL.using(connection, SQLDialect.H2));
            assertThat(chain.intact()).as("audit chain after the kills: %s", chain).isTrue();
        }
        assertThat(acknowledged).isGreaterThan(KILLS * 5);
    }
}
