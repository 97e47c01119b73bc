package nl.zorgtafel.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.codec.binary.Base32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import nl.zorgtafel.meeting.MeetingKind;
import nl.zorgtafel.meeting.MeetingPlan;
import nl.zorgtafel.meeting.MeetingService;
import nl.zorgtafel.party.PersonDetails;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.security.SecondFactorService;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.security.ZorgtafelUser;

/**
 * For the load test only (a property the test passes to the application process it starts):
 * {@code zorgtafel.load-test.accounts} extra members of the demo's youth care organisation at the
 * demo table, each with a password and a second factor the load client can compute, so every
 * simulated person has a session of their own, as people do; and {@code zorgtafel.load-test.sessions}
 * extra sessions of that table. Runs before readiness is reported.
 */
@Component
@ConditionalOnProperty("zorgtafel.load-test.accounts")
public class LoadTestAccounts {

    public static final String PASSWORD = "belasting-proef-wachtwoord";
    private static final Logger LOG = LoggerFactory.getLogger(LoadTestAccounts.class);

    private final PersonService people;
    private final SecondFactorService secondFactors;
    private final SystemTasks system;
    private final UserDetailsService users;
    private final MeetingService meetings;
    private final Clock clock;
    private final int count;
    private final int sessions;
    private final String sessionsFile;

    LoadTestAccounts(PersonService people, SecondFactorService secondFactors, SystemTasks system,
            UserDetailsService users, MeetingService meetings, Clock clock, Environment environment) {
        this.people = people;
        this.secondFactors = secondFactors;
        this.system = system;
        this.users = users;
        this.meetings = meetings;
        this.clock = clock;
        this.count = environment.getRequiredProperty("zorgtafel.load-test.accounts", Integer.class);
        this.sessions = environment.getProperty("zorgtafel.load-test.sessions", Integer.class, 0);
        this.sessionsFile = environment.getProperty("zorgtafel.load-test.sessions-file");
    }

    public static String username(int i) {
        return "belasting" + i;
    }

    /** A fixed second-factor secret per account, computed the same way by the load client. */
    public static String secret(int i) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-1").digest(("zorgtafel-load-" + i).getBytes(StandardCharsets.UTF_8));
            return new Base32().encodeAsString(key).replace("=", "");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        long started = System.nanoTime();
        var youthCare = (ZorgtafelUser) users.loadUserByUsername("jeugdzorg");
        long table = youthCare.currentMembership().orElseThrow().tableId();
        system.asAdministrator(() -> {
            for (int i = 1; i <= count; i++) {
                people.createWithPassword(new PersonDetails(null, "Belasting Proef " + i, username(i) + "@load.example",
                        null, youthCare.organisationId(), false, true, 0, username(i), false,
                        Map.of(table, TableRole.LID)), PASSWORD);
                secondFactors.provision(username(i), secret(i));
            }
        });
        LOG.info("{} load-test accounts created in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        planSessions();
    }

    /**
     * Extra sessions of the demo table, planned by its chair on days after the demo's own (each
     * has the standard agenda items), for push with several sessions live at once; their ids go to
     * {@code zorgtafel.load-test.sessions-file}, one per line, for the load client.
     */
    private void planSessions() {
        if (sessions == 0) {
            return;
        }
        var chair = users.loadUserByUsername("voorzitter");
        LocalDate first = LocalDate.now(clock).plusMonths(6);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            var plan = new MeetingPlan(null, 0, MeetingKind.EXTRA, first.plusDays(i), LocalTime.of(13, 0),
                    LocalTime.of(15, 0), "Stadskantoor", null, null, null);
            ids.add(String.valueOf(system.as(chair, () -> meetings.plan(plan))));
        }
        try {
            Files.write(Path.of(sessionsFile), ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
