package nl.zorgtafel.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crash tests' half that does not depend on the database: the application as its own process
 * (from this JVM's class path), a client making writes it sees acknowledged (each refused sign-in
 * commits an audit entry before the answer comes back), and a SIGKILL at a random moment of the
 * burst, a number of times over the same database.
 */
public final class CrashingApplication {

    private CrashingApplication() {
    }

    /**
     * Starts the application with {@code arguments} (the database), waits until it is ready, sends
     * refused sign-ins until it is killed 1.5–3 s later, {@code kills} times in a row.
     *
     * @return the writes the client saw acknowledged over all runs, and the last readiness answer
     */
    public static Result burstsWithKills(int kills, List<String> arguments) throws Exception {
        var acknowledged = new AtomicInteger();
        String readiness = null;
        for (int kill = 0; kill < kills; kill++) {
            // The application's own log (warnings and errors), to see why a run went wrong.
            Path log = Path.of("target", "crash-logs", ProcessHandle.current().pid() + "-" + kill + ".log");
            Files.createDirectories(log.getParent());
            List<String> withQuietLog = new ArrayList<>(arguments);
            withQuietLog.add("--logging.level.root=warn");
            try (var app = ApplicationProcess.start(withQuietLog, ProcessBuilder.Redirect.to(log.toFile()))) {
                readiness = app.awaitReady().readiness();
                burstThenKill(app.port(), app.process(), acknowledged);
            }
        }
        return new Result(acknowledged.get(), readiness);
    }

    /** What the crash runs saw: acknowledged writes, and the body of the last readiness answer. */
    public record Result(int acknowledged, String readiness) {
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
}
