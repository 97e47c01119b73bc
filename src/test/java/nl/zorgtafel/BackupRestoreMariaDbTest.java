package nl.zorgtafel;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.audit.AuditVerification;
import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.security.SecondFactorService;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.testsupport.MariaDbServer;
import nl.zorgtafel.base.db.SealedText;

/**
 * The operations guide's "Backup and restore" with the real scripts and the server's own client
 * programs: a database with the application's schema, an account with an encrypted secret and an
 * audit chain is dumped as the backup user, restored into a new database, and the application
 * started on the copy finds every row as it was and the chain intact.
 */
class BackupRestoreMariaDbTest {

    private static final String SOURCE = "zorgtafel_backup_src";
    private static final String RESTORED = "zorgtafel_restored";
    private static final String BACKUP = "docs/scripts/zorgtafel-backup.sh";
    private static final String RESTORE = "docs/scripts/zorgtafel-restore.sh";
    private static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void a_dump_restored_into_a_new_database_starts_the_application_with_its_audit_chain_intact(
            @TempDir Path backups) throws Exception {
        execute("DROP DATABASE IF EXISTS " + SOURCE, "DROP DATABASE IF EXISTS " + RESTORED,
                "CREATE DATABASE " + SOURCE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        long auditEntries;
        try (var source = start(SOURCE)) {
            auditEntries = fillWithAuditedData(source);
        }
        Map<String, String> sourceTables = contents(SOURCE);
        createBackupUser();

        var backup = run(List.of(BACKUP, backups.toString()),
                Map.of("ZORGTAFEL_BACKUP_USER", "zorgtafel_backup", "ZORGTAFEL_BACKUP_PASSWORD", "change-me-backup",
                        "ZORGTAFEL_BACKUP_DATABASE", SOURCE));
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        Path dump = Path.of(backup.output().strip().lines().reduce((a, b) -> b).orElseThrow());
        String info = Files.readString(Path.of(dump.toString().replace(".sql.gz", ".info")));
        assertThat(info).containsPattern("binlog_file=zorgtafel-bin\\.\\d+").containsPattern("binlog_position=\\d+");
        // Without the key the dump shows only ciphertext.
        assertThat(unzipped(dump)).doesNotContain(TOTP_SECRET).contains("INSERT INTO `audit_entry`");

        var restore = run(List.of(RESTORE, dump.toString(), RESTORED), root());
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("To roll forward, replay the binary log from zorgtafel-bin.");
        assertThat(contents(RESTORED)).isEqualTo(sourceTables);

        try (var restored = start(RESTORED)) {
            AuditVerification verification = restored.getBean(SystemTasks.class)
                    .asAdministrator(() -> restored.getBean(AuditService.class).verify());
            assertThat(verification.intact()).as(verification.problem()).isTrue();
            assertThat(verification.entriesChecked()).isEqualTo(auditEntries);
            SealedText stored = restored.getBean(DSLContext.class).select(ACCOUNT.TOTP_SECRET).from(ACCOUNT)
                    .where(ACCOUNT.USERNAME.eq("backup.beheerder")).fetchSingle().value1();
            assertThat(restored.getBean(FieldEncryption.class).open("account.totp_secret", stored))
                    .isEqualTo(TOTP_SECRET);
        }

        // The restored copy has tables now (the application's start added an audit entry).
        var again = run(List.of(RESTORE, dump.toString(), RESTORED), root());
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.output()).contains("refusing to overwrite");
        // A dump changed after the backup is refused before anything is dropped.
        Files.write(dump, new byte[] {0}, StandardOpenOption.APPEND);
        var damaged = run(List.of(RESTORE, "--force", dump.toString(), RESTORED), root());
        assertThat(damaged.output()).contains("does not match the checksum");
        assertThat(damaged.exitCode()).isNotZero();
        Files.write(dump, Arrays.copyOf(Files.readAllBytes(dump), (int) Files.size(dump) - 1));

        var forced = run(List.of(RESTORE, "--force", dump.toString(), RESTORED), root());
        assertThat(forced.exitCode()).as(forced.output()).isZero();
        assertThat(contents(RESTORED)).isEqualTo(sourceTables);
    }

    /** A Beheerder with a second factor and audit entries of several kinds; returns the chain's length. */
    private static long fillWithAuditedData(ConfigurableApplicationContext context) {
        var system = context.getBean(SystemTasks.class);
        var audit = context.getBean(AuditService.class);
        system.asAdministrator(() -> context.getBean(PersonService.class).createFirstAdministrator(
                "backup.beheerder", "Beheerder Één", "beheer@gemeente-y.example", "Gemeente Y"));
        system.asAdministrator(() -> context.getBean(SecondFactorService.class)
                .provision("backup.beheerder", TOTP_SECRET));
        // Multi-byte text, as hashed, must come back byte for byte.
        audit.recordFor(AuditKind.ROLE_GRANTED, null, null, null, AuditObject.of("person", 1), "192.0.2.7",
                "één ✓ 𝄞");
        audit.recordFor(AuditKind.LOGIN_FAILED, null, null, null, null, "2001:db8::1", null);
        AuditVerification before = system.asAdministrator(audit::verify);
        assertThat(before.intact()).isTrue();
        // verify() appended an entry of its own after checking.
        return before.entriesChecked() + 1;
    }

    /** The application as production runs it (mysql profile), on one database, without jobs. */
    private static ConfigurableApplicationContext start(String database) {
        String[] arguments = Stream.concat(Stream.of("--spring.profiles.active=mysql",
                "--zorgtafel.base-url=https://zorgtafel.example",
                "--spring.datasource.url=" + url(database), "--spring.datasource.username=root",
                "--spring.datasource.password="), Arrays.stream(Application.COMMAND_ARGUMENTS))
                .toArray(String[]::new);
        return new SpringApplication(Application.class).run(arguments);
    }

    /** Per table its row count and checksum, so any changed byte shows. */
    private static Map<String, String> contents(String database) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection root = DriverManager.getConnection(url(database), "root", "");
                var statement = root.createStatement()) {
            var names = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = '" + database + "'");
            List<String> list = new ArrayList<>();
            while (names.next()) {
                list.add(names.getString(1));
            }
            for (String table : list) {
                var count = statement.executeQuery("SELECT COUNT(*) FROM `" + table + "`");
                count.next();
                long rows = count.getLong(1);
                var checksum = statement.executeQuery("CHECKSUM TABLE `" + table + "`");
                checksum.next();
                tables.put(table, rows + " rows, checksum " + checksum.getString(2));
            }
        }
        assertThat(tables).containsKeys("audit_entry", "audit_chain_head", "account", "flyway_schema_history");
        return tables;
    }

    private static void createBackupUser() throws Exception {
        String script = Files.readString(Path.of("docs", "mysql-backup-user.sql")).replace(" zorgtafel.", " " + SOURCE + ".");
        execute(script.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b)
                .split(";"));
    }

    private static void execute(String... sql) throws SQLException {
        try (Connection root = DriverManager.getConnection(MariaDbServer.jdbcUrl(), "root", "");
                var statement = root.createStatement()) {
            for (String each : sql) {
                if (!each.isBlank()) {
                    statement.execute(each.strip());
                }
            }
        }
    }

    private static String url(String database) {
        return MariaDbServer.jdbcUrl().replace("/zorgtafel?", "/" + database + "?");
    }

    private static Map<String, String> root() {
        return Map.of("ZORGTAFEL_BACKUP_USER", "root", "ZORGTAFEL_BACKUP_PASSWORD", "");
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs a script with bash, the embedded server's client programs first on PATH. */
    private static Result run(List<String> command, Map<String, String> environment) throws Exception {
        var builder = new ProcessBuilder(Stream.concat(Stream.of("bash"), command.stream()).toList())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("ZORGTAFEL_BACKUP_HOST", "127.0.0.1");
        builder.environment().put("ZORGTAFEL_BACKUP_PORT", String.valueOf(MariaDbServer.port()));
        builder.environment().put("PATH", MariaDbServer.binDirectory() + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static String unzipped(Path dump) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
