package nl.zorgtafel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Durability of the default H2 file database: the application runs as its own process, a client
 * makes writes it sees acknowledged (each refused sign-in commits an audit entry before the answer
 * comes back), and the process is killed with SIGKILL in the middle of the burst, ten times over
 * the same files. Afterwards every acknowledged write is there.
 */
class CrashDurabilityH2Test {

    private static final int KILLS = 10;

    @Test
    void no_acknowledged_write_is_lost_over_ten_kills() throws Exception {
        Path folder = Files.createTempDirectory("crash-h2");
        String url = "jdbc:h2:file:" + folder.resolve("zorgtafel")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        var acknowledged = new AtomicInteger();
        for (int kill = 0; kill < KILLS; kill++) {
            int port = freePort();
            Process app = start(url, port);
            try {
                awaitReady(port, app);
                burstThenKill(port, app, acknowledged);
            } finally {
                app.destroyForcibly().waitFor();
            }
        }
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var result = connection.createStatement().executeQuery(
                        "select count(*) from audit_entry where kind = 'LOGIN_FAILED'")) {
            result.next();
            System.out.printf("Crash test H2: %d kills, %d writes acknowledged, %d stored%n", KILLS,
                    acknowledged.get(), result.getInt(1));
            assertThat(result.getInt(1)).as("audit entries after %d kills", KILLS)
                    .isGreaterThanOrEqualTo(acknowledged.get());
        }
        assertThat(acknowledged.get()).isGreaterThan(KILLS * 5);
    }

    private static Process start(String url, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "nl.zorgtafel.Application", "--server.port=" + port, "--spring.datasource.url=" + url,
                "--vaadin.launch-browser=false", "--logging.level.root=warn"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void awaitReady(int port, Process app) throws Exception {
        var http = HttpClient.newHttpClient();
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            assertThat(app.isAlive()).as("the application runs").isTrue();
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The application did not become ready");
    }

    /** Refused sign-ins, one after another, until the process is killed at a random moment. */
    private static void burstThenKill(int port, Process app, AtomicInteger acknowledged) throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var writer = Thread.ofPlatform().start(() -> {
            for (int i = 0; app.isAlive(); i++) {
                try {
                    var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .timeout(Duration.ofSeconds(5))
                            .POST(HttpRequest.BodyPublishers.ofString("username=crash-" + i + "&password=wrong-password-x"))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 302) {
                        acknowledged.incrementAndGet();
                    }
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        Thread.sleep(ThreadLocalRandom.current().nextLong(1500, 3000));
        app.destroyForcibly();
        app.waitFor();
        writer.join(10_000);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
