package nl.zorgtafel.testsupport;

import java.time.LocalDate;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.CareTableSettings;
import nl.zorgtafel.party.Organisation;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.party.PersonDetails;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.security.TableRole;

/**
 * Creates the data a test asserts on, through the real services, with names unique per call so
 * tests never depend on each other's rows.
 */
@Component
public class TestData {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** How many codes of five capitals there are, and where this JVM starts counting them. */
    private static final int CODES = 26 * 26 * 26 * 26 * 26;
    private static final int CODE_START = new java.util.Random().nextInt(CODES);

    private final CareTableService tables;
    private final OrganisationService organisations;
    private final PersonService people;
    private final SystemTasks systemTasks;
    private final org.springframework.security.core.userdetails.UserDetailsService users;
    private final org.springframework.security.core.context.SecurityContextHolderStrategy contexts;

    TestData(CareTableService tables, OrganisationService organisations, PersonService people,
            SystemTasks systemTasks, org.springframework.security.core.userdetails.UserDetailsService users,
            org.springframework.security.core.context.SecurityContextHolderStrategy contexts) {
        this.tables = tables;
        this.organisations = organisations;
        this.people = people;
        this.systemTasks = systemTasks;
        this.users = users;
        this.contexts = contexts;
    }

    /** Signs the account in on this thread (as the login form would) for service-level tests. */
    public void signIn(String username) {
        var user = users.loadUserByUsername(username);
        var context = contexts.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
    }

    public void signOut() {
        contexts.clearContext();
    }

    /** The person behind an account. */
    public long personIdOf(String username) {
        return ((nl.zorgtafel.security.ZorgtafelUser) users.loadUserByUsername(username)).personId();
    }

    /** The organisation behind an account. */
    public long organisationIdOf(String username) {
        return ((nl.zorgtafel.security.ZorgtafelUser) users.loadUserByUsername(username)).organisationId();
    }

    public void signCovenant(long tableId, long organisationId) {
        asAdministrator(() -> {
            tables.signCovenant(tableId, organisationId, java.time.LocalDate.of(2025, 1, 1));
            return null;
        });
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** Today in Dutch time, as the application reckons it (the machine may run on UTC: not its date). */
    public static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }

    /** Runs service calls that need an administrator, as the system. */
    public <T> T asAdministrator(Supplier<T> work) {
        return systemTasks.asAdministrator(work);
    }

    public long table(String name) {
        String code = code();
        return asAdministrator(() -> tables.save(CareTableSettings.of(name, code, "Vertrouwelijk.")));
    }

    public long organisation(String name, OrganisationType type) {
        return asAdministrator(() -> organisations.save(new Organisation(null, name, type, null, null, null, true, 0)));
    }

    /** A person with an account (password {@link #PASSWORD}) and the given roles; returns the username. */
    public String account(String displayName, long organisationId, boolean administrator,
            Map<Long, TableRole> roles) {
        String username = unique("user").toLowerCase();
        asAdministrator(() -> people.createWithPassword(new PersonDetails(null, displayName, emailOf(username), null,
                organisationId, false, true, 0, username, administrator, roles), PASSWORD));
        return username;
    }

    /** Every test account has its own address, so tests can tell who received a mail. */
    public String emailOf(String username) {
        return username + "@example.org";
    }

    /** Like {@link #account} but returns the person's id. */
    public long person(String displayName, long organisationId, Map<Long, TableRole> roles) {
        String username = unique("user").toLowerCase();
        return asAdministrator(() -> people.createWithPassword(new PersonDetails(null, displayName,
                emailOf(username), null, organisationId, false, true, 0, username, false, roles), PASSWORD));
    }

    /** One of the organisation's vaste contactpersonen (no table role), with a phone number or none. */
    public long contactPerson(String displayName, long organisationId, String phone) {
        String username = unique("contact").toLowerCase();
        return asAdministrator(() -> people.create(new PersonDetails(null, displayName, emailOf(username), phone,
                organisationId, true, true, 0, username, false, Map.of())).id());
    }

    private static String code() {
        // "T" and five capitals, unique per call in this JVM: the sequence counted on from a random start (a
        // MariaDB schema may hold tables of an earlier run). A clock-based start had let two calls collide.
        int n = Math.floorMod(CODE_START + SEQUENCE.incrementAndGet(), CODES);
        var code = new StringBuilder("T");
        for (int i = 0; i < 5; i++) {
            code.append((char) ('A' + n % 26));
            n /= 26;
        }
        return code.toString();
    }
}
