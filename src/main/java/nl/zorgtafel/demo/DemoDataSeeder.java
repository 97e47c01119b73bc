package nl.zorgtafel.demo;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.zorgtafel.party.NewCareTable;
import nl.zorgtafel.party.NewOrganisation;
import nl.zorgtafel.party.NewPerson;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.party.PartyService;
import nl.zorgtafel.security.AccountService;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.security.TableRole;

/**
 * Seeds a demo region once (skipped when it exists). All names are fictional. The shared demo
 * password is documented in the README and exists in this profile only.
 */
@Component
@Profile("demo")
class DemoDataSeeder implements ApplicationRunner {

    static final String DEMO_TABLE = "Zorgtafel Mensenhandel Demo-regio";
    static final String NEIGHBOUR_TABLE = "Zorgtafel Mensenhandel Buurregio";
    static final String DEMO_PASSWORD = "demo-zorgtafel";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final String STATEMENT = """
            Wat aan deze tafel wordt besproken is vertrouwelijk. Ik deel alleen wat nodig is voor \
            de besproken casus, gebruik informatie van anderen alleen voor het afgesproken doel en \
            verspreid niets buiten dit overleg, tenzij de verantwoordelijke partner daartoe besluit.""";

    private final PartyService party;
    private final AccountService accounts;
    private final TransactionTemplate transaction;
    private final SystemTasks systemTasks;

    DemoDataSeeder(PartyService party, AccountService accounts, PlatformTransactionManager transactionManager,
            SystemTasks systemTasks) {
        this.party = party;
        this.accounts = accounts;
        this.systemTasks = systemTasks;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        // One transaction: the demo is seeded whole or not at all.
        systemTasks.asAdministrator(() -> transaction.executeWithoutResult(status -> seed()));
    }

    private void seed() {
        if (party.careTableExists(DEMO_TABLE)) {
            LOG.info("Demo data present; nothing seeded");
            return;
        }
        long demo = party.createCareTable(new NewCareTable(DEMO_TABLE, "DR", STATEMENT));
        long neighbour = party.createCareTable(new NewCareTable(NEIGHBOUR_TABLE, "BR", STATEMENT));

        Map<String, Long> org = new HashMap<>();
        org.put("avim", organisation("Politie Eenheid Demoland — AVIM", OrganisationType.POLITIE_AVIM,
                "avim@politie.demo.example"));
        org.put("jeugdhulp", organisation("Jeugdhulp De Horizon (verblijf)", OrganisationType.JEUGDHULP,
                "zorgtafel@dehorizon.demo.example"));
        org.put("lvb", organisation("LVB-zorg Middenland", OrganisationType.LVB_ZORG,
                "zorgtafel@lvb-middenland.demo.example"));
        org.put("gemeente", organisation("Gemeente Demostad", OrganisationType.GEMEENTE,
                "zorgtafel@demostad.demo.example"));
        org.put("veiligthuis", organisation("Veilig Thuis Demo-regio", OrganisationType.VEILIG_THUIS,
                "advies@veiligthuis.demo.example"));
        org.put("zorgcoordinator", organisation("Zorgcoördinatie Mensenhandel Demo-regio",
                OrganisationType.ZORGCOORDINATOR_MENSENHANDEL, "zorgcoordinatie@demo.example"));
        org.put("school", organisation("Het Baken College", OrganisationType.ONDERWIJS,
                "zorgteam@hetbaken.demo.example"));
        org.put("om", organisation("Openbaar Ministerie Arrondissement Demoland", OrganisationType.OPENBAAR_MINISTERIE,
                "mensenhandel@om.demo.example"));

        long admin = person("Bas Beheer", "beheer@demostad.demo.example", org.get("gemeente"));
        accounts.createAccount(admin, "beheerder", DEMO_PASSWORD, true);

        account("voorzitter", "Vera Voorzitter", "v.voorzitter@demo.example", org.get("zorgcoordinator"),
                Map.of(demo, TableRole.VOORZITTER, neighbour, TableRole.LID));
        account("secretaris", "Sanne Secretaris", "s.secretaris@demo.example", org.get("zorgcoordinator"),
                Map.of(demo, TableRole.SECRETARIS));
        account("politie", "Pieter Politie", "p.politie@politie.demo.example", org.get("avim"),
                Map.of(demo, TableRole.LID, neighbour, TableRole.LID));
        account("jeugdzorg", "Joyce Jeugdzorg", "j.jeugdzorg@dehorizon.demo.example", org.get("jeugdhulp"),
                Map.of(demo, TableRole.LID));
        account("gemeente", "Gijs Gemeente", "g.gemeente@demostad.demo.example", org.get("gemeente"),
                Map.of(demo, TableRole.LID));
        account("waarnemer", "Wendy Waarnemer", "w.waarnemer@veiligthuis.demo.example", org.get("veiligthuis"),
                Map.of(demo, TableRole.WAARNEMER));
        LOG.info("Demo data seeded: 2 tables, {} organisations, 7 accounts", org.size());
    }

    private long organisation(String name, OrganisationType type, String email) {
        return party.createOrganisation(new NewOrganisation(name, type, email, null));
    }

    private long person(String name, String email, long organisationId) {
        return party.createPerson(new NewPerson(name, email, organisationId));
    }

    private void account(String username, String name, String email, long organisationId,
            Map<Long, TableRole> roles) {
        long person = person(name, email, organisationId);
        accounts.createAccount(person, username, DEMO_PASSWORD, false);
        roles.forEach((table, role) -> party.grantTableRole(table, person, role));
    }
}
