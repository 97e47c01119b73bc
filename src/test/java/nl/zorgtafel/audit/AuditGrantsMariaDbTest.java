package nl.zorgtafel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.zorgtafel.testsupport.MariaDbTest;

/**
 * The documented production grants (docs/mysql-setup.sql, docs/mysql-grants.sql), applied to a real server: the
 * application user can append to and read the audit log (and definitive minutes), but never
 * change or remove an entry.
 */
@MariaDbTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditGrantsMariaDbTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    AuditService audit;

    @Test
    void the_application_user_may_append_and_read_but_not_rewrite_the_audit_log() throws Exception {
        audit.record(AuditKind.AUDIT_VERIFIED, null, "grant test");
        // As the operations guide does: users first (docs/mysql-setup.sql), then the table grants.
        String script = Files.readString(Path.of("docs", "mysql-setup.sql"))
                + Files.readString(Path.of("docs", "mysql-grants.sql"));
        try (Connection root = dataSource.getConnection(); var statement = root.createStatement()) {
            String withoutComments = script.lines().filter(l -> !l.strip().startsWith("--"))
                    .reduce("", (a, b) -> a + "\n" + b);
            for (String sql : Arrays.stream(withoutComments.split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList()) {
                statement.execute(sql);
            }
        }
        String url;
        try (Connection root = dataSource.getConnection()) {
            url = root.getMetaData().getURL();
        }

        try (Connection app = DriverManager.getConnection(url, "zorgtafel_app", "change-me-app");
                var statement = app.createStatement()) {
            try (var rows = statement.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
                rows.next();
                assertThat(rows.getLong(1)).isPositive();
            }
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_entry SET detail = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            // Deleting is granted for the retention job (older entries, from the start of the chain);
            // AuditServiceTests show that any other deletion breaks verification. Not tried here:
            // this server's log is shared with the other tests.
            // Definitive minutes are frozen the same way: a version can be added, never renumbered or
            // re-attributed; only retention's in-place redaction may rewrite content and hash.
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE minutes_version SET version_number = 99"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE minutes_version SET finalised_at = NULL"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM minutes_version"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }
}
