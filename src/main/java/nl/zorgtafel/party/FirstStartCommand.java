package nl.zorgtafel.party;

import java.io.PrintStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.security.SystemTasks;

/**
 * The first-start command (docs/operations.md): with {@code --zorgtafel.bootstrap-admin=<username>}
 * the application creates the installation's first Beheerder, prints the one-time password link,
 * and exits ({@link nl.zorgtafel.Application#main}). The link goes to
 * standard output only, never to the log: it is a credential for 24 hours, and log files are
 * kept and shipped elsewhere. Exit code 0 when created, 2 when refused because a Beheerder
 * exists, 1 when a value is missing or wrong.
 */
@Component
@ConditionalOnProperty("zorgtafel.bootstrap-admin")
class FirstStartCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String USERNAME = "zorgtafel.bootstrap-admin";
    static final String NAME = "zorgtafel.bootstrap-admin-name";
    static final String EMAIL = "zorgtafel.bootstrap-admin-email";
    static final String ORGANISATION = "zorgtafel.bootstrap-admin-organisation";

    private final PersonService people;
    private final SystemTasks systemTasks;
    private final Environment environment;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode;

    @Autowired
    FirstStartCommand(PersonService people, SystemTasks systemTasks, Environment environment) {
        this(people, systemTasks, environment, System.out, System.err);
    }

    FirstStartCommand(PersonService people, SystemTasks systemTasks, Environment environment, PrintStream out,
            PrintStream err) {
        this.people = people;
        this.systemTasks = systemTasks;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = environment.getProperty(USERNAME, "");
        String name = environment.getProperty(NAME, "");
        String email = environment.getProperty(EMAIL, "");
        String organisation = environment.getProperty(ORGANISATION, "");
        if (name.isBlank() || email.isBlank() || organisation.isBlank()) {
            err.println("First start: give --" + NAME + ", --" + EMAIL + " and --" + ORGANISATION
                    + " with --" + USERNAME + ".");
            exitCode = 1;
            return;
        }
        try {
            var first = systemTasks.asAdministrator(
                    () -> people.createFirstAdministrator(username, name, email, organisation));
            out.println();
            out.println("First Beheerder '" + username + "' created (person " + first.personId() + ", organisation "
                    + first.organisationId() + ").");
            out.println("Open this link within 24 hours to choose the password; it works once and is shown only now:");
            out.println();
            out.println("    " + first.passwordLink());
            out.println();
            out.println("Then sign in and link an authenticator app (the second sign-in step).");
            out.flush();
            exitCode = 0;
        } catch (FirstStartRefused e) {
            err.println("First start refused: " + e.getMessage() + ".");
            exitCode = 2;
        } catch (FieldRefusal e) {
            err.println("First start: " + e.getMessage() + " (username: 3-100 of a-z 0-9 . - _, not taken).");
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
