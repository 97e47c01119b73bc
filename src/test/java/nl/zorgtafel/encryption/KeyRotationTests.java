package nl.zorgtafel.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import nl.zorgtafel.Application;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.testsupport.SessionFixture;
import nl.zorgtafel.testsupport.TestData;

/**
 * Key rotation that finishes: data sealed under key "old"; a node configured without "old"
 * refuses to start; a node with both keys and "new" active runs the re-encryption job; after it
 * no stored value names "old", the key is retired, and a node that only knows "new" starts and
 * reads the case as it was written.
 */
abstract class KeyRotationTests {

    private static final String OLD = key(1);
    private static final String NEW = key(2);

    /** A database of its own: this test starts and stops whole applications on it. */
    abstract String freshDatabaseUrl() throws SQLException;

    abstract List<String> databaseArguments(String url);

    @Test
    void after_the_job_no_value_names_the_old_key_and_the_application_starts_without_it() throws Exception {
        String url = freshDatabaseUrl();
        long caseId;
        String chair;
        try (var first = start(url, "old", "--zorgtafel.crypto.keys.old=" + OLD)) {
            var session = first.getBean(SessionFixture.class).create();
            caseId = session.caseId();
            chair = session.chair();
        }
        assertThat(valuesNaming(url, "old")).isPositive();

        assertThatThrownBy(() -> start(url, "new", "--zorgtafel.crypto.keys.new=" + NEW).close())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("[old]").hasMessageContaining("not configured");

        try (var rotating = start(url, "new", "--zorgtafel.crypto.keys.old=" + OLD,
                "--zorgtafel.crypto.keys.new=" + NEW)) {
            assertThat(rotating.getBean(Reencryption.class).runOnce()).contains(RunOutcome.VOLTOOID);
            var status = rotating.getBean(EncryptionKeyRepository.class);
            assertThat(status.keysInUse()).containsExactly("new");
            assertThat(status.lastRun()).hasValueSatisfying(run -> {
                assertThat(run.outcome()).isEqualTo(RunOutcome.VOLTOOID);
                assertThat(run.done()).isEqualTo(run.total()).isPositive();
            });
        }
        assertThat(valuesNaming(url, "old")).isZero();
        assertThat(valuesNaming(url, "new")).isPositive();

        try (var withoutOld = start(url, "new", "--zorgtafel.crypto.keys.new=" + NEW)) {
            withoutOld.getBean(TestData.class).signIn(chair);
            var intake = withoutOld.getBean(CaseService.class).open(caseId).intake();
            assertThat(intake.signals()).isEqualTo("Signalen");
            assertThat(intake.question()).isEqualTo("Vraag");
            withoutOld.getBean(TestData.class).signOut();
        }
    }

    private ConfigurableApplicationContext start(String url, String activeKey, String... keys) {
        var arguments = new ArrayList<>(databaseArguments(url));
        arguments.add("--zorgtafel.crypto.active-key=" + activeKey);
        arguments.addAll(Arrays.asList(keys));
        arguments.addAll(Arrays.asList(Application.commandArguments()));
        return new SpringApplication(Application.class).run(arguments.toArray(String[]::new));
    }

    /** Raw rows: how many values of all sealed columns name the key. */
    private long valuesNaming(String url, String keyId) throws SQLException {
        long count = 0;
        try (Connection connection = connect(url); var statement = connection.createStatement()) {
            for (var column : EncryptionKeyRepository.SEALED_COLUMNS) {
                try (var rows = statement.executeQuery("SELECT COUNT(*) FROM " + column.table().getName() + " WHERE "
                        + column.column().getName() + " LIKE 'v1:" + keyId + ":%'")) {
                    rows.next();
                    count += rows.getLong(1);
                }
            }
        }
        return count;
    }

    Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, databaseUser(), "");
    }

    abstract String databaseUser();

    static String key(int seed) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) seed);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
