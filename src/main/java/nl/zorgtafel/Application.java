package nl.zorgtafel;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    /**
     * What a one-off command adds to its arguments: its web server listens on a free port of the
     * loopback address only (so it can run beside a running instance; the application's beans
     * need a servlet context, so it cannot do without one), and it runs no scheduled jobs (no
     * mail leaves from it).
     */
    static final String[] COMMAND_ARGUMENTS = {"--server.port=0", "--server.address=127.0.0.1",
            "--management.server.port=0", "--management.server.address=127.0.0.1",
            "--zorgtafel.mail.sender.enabled=false", "--zorgtafel.actions.reminders.enabled=false",
            "--zorgtafel.audit.anomaly-report.enabled=false",
            "--zorgtafel.live.relay.enabled=false", "--zorgtafel.crypto.reencryption.enabled=false"};

    /** The arguments of a one-off start, for tests that start whole applications on one database. */
    public static String[] commandArguments() {
        return COMMAND_ARGUMENTS.clone();
    }

    /**
     * Arguments that make this start a one-off command, which exits with the command's exit code
     * when it is done.
     * {@code --zorgtafel.migrate-only} applies the database migrations (Flyway runs at every
     * start) and nothing else; {@code --zorgtafel.bootstrap-admin=...} creates the first
     * Beheerder (nl.zorgtafel.party.FirstStartCommand).
     */
    static boolean isCommand(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--zorgtafel.bootstrap-admin=")
                || arg.equals("--zorgtafel.migrate-only") || arg.equals("--zorgtafel.migrate-only=true"));
    }

    public static void main(String[] args) {
        // jOOQ's start-up banner and tip of the day are noise in an operator's log.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        var application = new SpringApplication(Application.class);
        if (!isCommand(args)) {
            application.run(args);
            return;
        }
        System.exit(runCommand(application, args));
    }

    /** Runs a one-off command to its end and returns its exit code. */
    static int runCommand(SpringApplication application, String[] args) {
        String[] command = Stream.concat(Arrays.stream(args), Arrays.stream(COMMAND_ARGUMENTS)).toArray(String[]::new);
        return SpringApplication.exit(application.run(command));
    }
}
