package nl.zorgtafel.encryption;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import nl.zorgtafel.testsupport.MariaDbServer;

/** Key rotation on MariaDB, in a database of its own on the build's server. */
class KeyRotationMariaDbTest extends KeyRotationTests {

    private static final String DATABASE = "zorgtafel_rotation";

    @Override
    String freshDatabaseUrl() throws SQLException {
        try (var root = DriverManager.getConnection(MariaDbServer.jdbcUrl(), "root", "");
                var statement = root.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return MariaDbServer.jdbcUrl().replace("/zorgtafel?", "/" + DATABASE + "?");
    }

    @Override
    List<String> databaseArguments(String url) {
        return List.of("--spring.profiles.active=mysql", "--zorgtafel.base-url=https://zorgtafel.example",
                "--spring.datasource.url=" + url, "--spring.datasource.username=root",
                "--spring.datasource.password=");
    }

    @Override
    String databaseUser() {
        return "root";
    }
}
