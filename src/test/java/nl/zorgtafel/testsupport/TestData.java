package nl.zorgtafel.testsupport;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import nl.zorgtafel.party.NewCareTable;
import nl.zorgtafel.party.NewOrganisation;
import nl.zorgtafel.party.NewPerson;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.party.PartyService;
import nl.zorgtafel.security.AccountService;
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

    private final PartyService party;
    private final AccountService accounts;
    private final SystemTasks systemTasks;

    TestData(PartyService party, AccountService accounts, SystemTasks systemTasks) {
        this.party = party;
        this.accounts = accounts;
        this.systemTasks = systemTasks;
    }

    /** Runs service calls that need an administrator, as the system. */
    public <T> T asAdministrator(java.util.function.Supplier<T> work) {
        return systemTasks.asAdministrator(work);
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    public long table(String name) {
        String code = "T" + SEQUENCE.incrementAndGet();
        return systemTasks.asAdministrator(() -> party.createCareTable(new NewCareTable(name, code, "Vertrouwelijk.")));
    }

    public long organisation(String name, OrganisationType type) {
        return systemTasks.asAdministrator(() -> party.createOrganisation(new NewOrganisation(name, type, null, null)));
    }

    /** A person with an account and the given roles; returns the username. */
    public String account(String displayName, long organisationId, boolean administrator,
            Map<Long, TableRole> roles) {
        return systemTasks.asAdministrator(() -> {
            long person = party.createPerson(new NewPerson(displayName, "test@example.org", organisationId));
            String username = unique("user").toLowerCase();
            accounts.createAccount(person, username, PASSWORD, administrator);
            roles.forEach((table, role) -> party.grantTableRole(table, person, role));
            return username;
        });
    }
}
