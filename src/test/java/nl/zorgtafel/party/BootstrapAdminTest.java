package nl.zorgtafel.party;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.security.AccountResets;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.testsupport.TestData;

/**
 * The first start of a fresh installation: the command creates the first Beheerder and prints a
 * one-time link, the link sets the password, and once a Beheerder exists the command refuses.
 * Its own context (another base URL) gives it an empty database.
 */
@SpringBootTest(properties = "zorgtafel.base-url=https://zorgtafel.example.nl")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BootstrapAdminTest {

    private static final Pattern LINK = Pattern.compile(
            "https://zorgtafel\\.example\\.nl/wachtwoord-instellen/([A-Za-z0-9_-]{43})");

    @Autowired
    PersonService people;
    @Autowired
    AccountResets resets;
    @Autowired
    SystemTasks systemTasks;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder passwordEncoder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    @Order(1)
    void the_first_start_creates_a_beheerder_whose_link_sets_the_password_once() {
        assertThat(dsl.fetchExists(ACCOUNT, ACCOUNT.ADMINISTRATOR.isTrue())).isFalse();

        var command = command("eerste.beheerder", "Eerste Beheerder", "beheer@gemeente-x.example", "Gemeente X");
        command.run(null);

        assertThat(command.getExitCode()).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        var link = LINK.matcher(printed);
        assertThat(link.find()).as(printed).isTrue();
        String token = link.group(1);

        var account = dsl.selectFrom(ACCOUNT).where(ACCOUNT.USERNAME.eq("eerste.beheerder")).fetchSingle();
        assertThat(account.getAdministrator()).isTrue();
        assertThat(account.getTotpSecret()).as("links the app at the first sign-in").isNull();
        assertThat(dsl.fetchValue(ORGANISATION.NAME, ORGANISATION.ID.eq(
                dsl.select(nl.zorgtafel.db.Tables.PERSON.ORGANISATION_ID).from(nl.zorgtafel.db.Tables.PERSON)
                        .where(nl.zorgtafel.db.Tables.PERSON.ID.eq(account.getPersonId())).asField())))
                .isEqualTo("Gemeente X");

        var audit = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.KIND.eq(AuditKind.ACCOUNT_CREATED))
                .and(AUDIT_ENTRY.OBJECT_ID.eq(account.getPersonId())).fetchSingle();
        assertThat(audit.getDetail()).isEqualTo("bootstrap");
        assertThat(audit.getActorAccountId()).as("the system, not a person").isNull();

        assertThat(resets.linkValid(token)).isTrue();
        resets.choosePassword(token, "een eigen zin voor de eerste beheerder");
        var after = dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(account.getId())).fetchSingle();
        assertThat(passwordEncoder.matches("een eigen zin voor de eerste beheerder", after.getPasswordHash())).isTrue();
        assertThat(after.getMustChangePassword()).isFalse();
        assertThat(resets.linkValid(token)).as("works once").isFalse();
    }

    @Test
    @Order(2)
    void a_second_first_start_is_refused_once_a_beheerder_exists() {
        long organisation = testData.organisation(TestData.unique("Org"), OrganisationType.GGZ);
        testData.account("Al Beheerder", organisation, true, Map.of());

        var command = command("tweede.beheerder", "Tweede", "tweede@example.org", "Gemeente Y");
        command.run(null);

        assertThat(command.getExitCode()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already has a Beheerder");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("wachtwoord-instellen");
        assertThat(dsl.fetchExists(ACCOUNT, ACCOUNT.USERNAME.eq("tweede.beheerder"))).isFalse();
        assertThat(dsl.fetchExists(ORGANISATION, ORGANISATION.NAME.eq("Gemeente Y"))).as("nothing made").isFalse();
        assertThatThrownBy(() -> systemTasks.asAdministrator(
                () -> people.createFirstAdministrator("derde", "Derde", "derde@example.org", "Gemeente Z")))
                .isInstanceOf(FirstStartRefused.class);
    }

    @Test
    @Order(3)
    void only_the_system_receives_a_link_instead_of_a_mail() {
        long organisation = testData.organisation(TestData.unique("Org"), OrganisationType.GGZ);
        String admin = testData.account("Anne Beheer", organisation, true, Map.of());
        long other = testData.person("Piet", organisation, Map.of());
        testData.signIn(admin);
        try {
            assertThatThrownBy(() -> resets.passwordLinkForSystem(other)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> people.createFirstAdministrator("x.y", "X", "x@example.org", "Org"))
                    .isInstanceOf(FirstStartRefused.class);
        } finally {
            testData.signOut();
        }
    }

    @Test
    @Order(4)
    void a_missing_value_is_named_and_exits_non_zero() {
        var command = command("iemand", "", "iemand@example.org", "Gemeente X");
        command.run(null);
        assertThat(command.getExitCode()).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("zorgtafel.bootstrap-admin-name");
    }

    private FirstStartCommand command(String username, String name, String email, String organisation) {
        var environment = new MockEnvironment()
                .withProperty(FirstStartCommand.USERNAME, username)
                .withProperty(FirstStartCommand.NAME, name)
                .withProperty(FirstStartCommand.EMAIL, email)
                .withProperty(FirstStartCommand.ORGANISATION, organisation);
        return new FirstStartCommand(people, systemTasks, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
