package nl.zorgtafel.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import nl.zorgtafel.Application;

import nl.zorgtafel.testsupport.MariaDbServer;

/**
 * The start-up probe against a real server through Connector/J: the test server keeps
 * milliseconds; a connection that drops them (as Connector/J does against MariaDB 10.x, simulated
 * here with {@code sendFractionalSeconds=false}) is refused.
 */
class TimestampPrecisionMariaDbTest {

    @Test
    void the_connection_as_configured_keeps_milliseconds() throws Exception {
        try (var connection = DriverManager.getConnection(MariaDbServer.jdbcUrl(), "root", "")) {
            var settings = new DatabaseSettingsRepository(DSL.using(connection, SQLDialect.MYSQL));
            System.out.println("Connector/J sees server version " + connection.getMetaData().getDatabaseProductVersion());
            assertThat(settings.roundTrip(TimestampPrecisionCheck.PROBE)).isEqualTo(TimestampPrecisionCheck.PROBE);
            new TimestampPrecisionCheck(settings, new MockEnvironment());
        }
    }

    @Test
    void a_connection_that_drops_milliseconds_is_refused() throws Exception {
        try (var connection = DriverManager.getConnection(MariaDbServer.jdbcUrl() + "&sendFractionalSeconds=false",
                "root", "")) {
            var settings = new DatabaseSettingsRepository(DSL.using(connection, SQLDialect.MYSQL));
            assertThat(settings.roundTrip(TimestampPrecisionCheck.PROBE))
                    .isEqualTo(TimestampPrecisionCheck.PROBE.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThatThrownBy(() -> new TimestampPrecisionCheck(settings, new MockEnvironment()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("milliseconds")
                    .hasMessageContaining("sendFractionalSeconds");
        }
    }

    @Test
    void the_application_does_not_start_on_such_a_connection() throws Exception {
        String rootUrl = MariaDbServer.jdbcUrl();
        try (var root = DriverManager.getConnection(rootUrl, "root", "")) {
            root.createStatement().execute("CREATE DATABASE IF NOT EXISTS zorgtafel_millis");
        }
        String url = rootUrl.replace("/zorgtafel?", "/zorgtafel_millis?") + "&sendFractionalSeconds=false";
        assertThatThrownBy(() -> new SpringApplication(Application.class).run("--spring.profiles.active=mysql",
                "--zorgtafel.base-url=https://zorgtafel.example",
                "--spring.datasource.url=" + url, "--spring.datasource.username=root", "--spring.datasource.password=",
                "--server.port=0", "--management.server.port=0", "--zorgtafel.audit.anomaly-report.enabled=false"))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("does not keep the milliseconds");
    }
}
