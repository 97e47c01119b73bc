package nl.zorgtafel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

import nl.zorgtafel.testsupport.MariaDbServer;

/**
 * The operations guide's "First start", step by step, on a fresh database of a real server
 * (MariaDB): the setup script, the migrations as the migration user, the application user's grants,
 * then the first-start command as the application user. Uses its own database so the other
 * MariaDB tests' schema does not help it along.
 */
class FirstStartMariaDbTest {

    private static final String DATABASE = "zorgtafel_fresh";

    @Test
    void the_documented_first_start_works_in_order_on_a_fresh_database() throws Exception {
        String rootUrl = MariaDbServer.jdbcUrl();
        String url = rootUrl.replace("/zorgtafel?", "/" + DATABASE + "?");
        try (Connection root = DriverManager.getConnection(rootUrl, "root", "");
                var statement = root.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }

        // Step 1: database and users.
        runAsRoot(rootUrl, "mysql-setup.sql");
        // Before the migrations the table grants cannot be given: that is why they are step 3.
        assertThatThrownBy(() -> runAsRoot(rootUrl, "mysql-grants.sql")).isInstanceOf(SQLException.class);

        // Step 2: the migrations, as the migration user.
        assertThat(Application.runCommand(new SpringApplication(Application.class),
                arguments(url, "--zorgtafel.migrate-only"))).isZero();

        // Step 3: the application user's grants, now that the tables exist; none is missing.
        runAsRoot(rootUrl, "mysql-grants.sql");
        try (Connection root = DriverManager.getConnection(rootUrl, "root", "");
                var statement = root.createStatement();
                var rows = statement.executeQuery("SELECT t.table_name FROM information_schema.tables t"
                        + " WHERE t.table_schema = '" + DATABASE + "' AND NOT EXISTS (SELECT 1 FROM"
                        + " information_schema.table_privileges p WHERE p.table_schema = t.table_schema"
                        + " AND p.table_name = t.table_name AND p.grantee = \"'zorgtafel_app'@'%'\")")) {
            List<String> ungranted = new ArrayList<>();
            while (rows.next()) {
                ungranted.add(rows.getString(1));
            }
            assertThat(ungranted).as("tables without a grant in docs/mysql-grants.sql").isEmpty();
        }

        // Step 4: the first Beheerder, as the application user.
        var out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int created;
        try {
            created = Application.runCommand(new SpringApplication(Application.class), arguments(url,
                    "--zorgtafel.bootstrap-admin=eerste.beheerder", "--zorgtafel.bootstrap-admin-name=Eerste Beheerder",
                    "--zorgtafel.bootstrap-admin-email=beheer@gemeente-x.example",
                    "--zorgtafel.bootstrap-admin-organisation=Gemeente X"));
        } finally {
            System.setOut(stdout);
        }
        assertThat(created).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("/wachtwoord-instellen/[A-Za-z0-9_-]{43}");

        // Once a Beheerder exists the command refuses, with a non-zero exit code.
        assertThat(Application.runCommand(new SpringApplication(Application.class), arguments(url,
                "--zorgtafel.bootstrap-admin=tweede", "--zorgtafel.bootstrap-admin-name=Tweede",
                "--zorgtafel.bootstrap-admin-email=tweede@example.org",
                "--zorgtafel.bootstrap-admin-organisation=Gemeente X"))).isEqualTo(2);

        try (Connection app = DriverManager.getConnection(url, "zorgtafel_app", "change-me-app");
                var statement = app.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM account a JOIN audit_entry e"
                        + " ON e.object_id = a.person_id AND e.kind = 'ACCOUNT_CREATED' AND e.detail = 'bootstrap'"
                        + " WHERE a.administrator AND e.actor_account_id IS NULL")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    /** As the guide's environment gives them: the mysql profile, two users. */
    private static String[] arguments(String url, String... command) {
        return Stream.concat(Stream.of("--spring.profiles.active=mysql", "--spring.datasource.url=" + url,
                "--spring.datasource.username=zorgtafel_app", "--spring.datasource.password=change-me-app",
                "--spring.flyway.user=zorgtafel_migrate", "--spring.flyway.password=change-me-migrate",
                "--zorgtafel.base-url=https://zorgtafel.example.nl"),
                Arrays.stream(command)).toArray(String[]::new);
    }

    private static void runAsRoot(String rootUrl, String script) throws Exception {
        String text = Files.readString(Path.of("docs", script))
                .replace("EXISTS zorgtafel ", "EXISTS " + DATABASE + " ")
                .replace(" zorgtafel.", " " + DATABASE + ".");
        String withoutComments = text.lines().filter(l -> !l.strip().startsWith("--"))
                .reduce("", (a, b) -> a + "\n" + b);
        try (Connection root = DriverManager.getConnection(rootUrl, "root", "");
                var statement = root.createStatement()) {
            for (String sql : Arrays.stream(withoutComments.split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList()) {
                statement.execute(sql);
            }
        }
    }
}
