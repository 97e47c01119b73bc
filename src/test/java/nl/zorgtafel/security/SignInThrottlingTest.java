package nl.zorgtafel.security;

import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.testsupport.MutableClock;
import nl.zorgtafel.testsupport.MutableClockConfiguration;
import nl.zorgtafel.testsupport.TestData;

/**
 * Guessing passwords through the real login filter: the account locks after five failures and
 * frees itself, the Beheerder may lift the lock (audited), an address trying many names is
 * blocked, and every refusal looks the same whether the name exists or not.
 */
@SpringBootTest
@Import(MutableClockConfiguration.class)
class SignInThrottlingTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestData testData;
    @Autowired
    MutableClock clock;
    @Autowired
    DSLContext dsl;
    @Autowired
    PersonService people;
    @Autowired
    SystemTasks system;

    private MockMvc mvc;
    private String username;
    private String address;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        username = testData.account("Lotte Lid", testData.organisation(TestData.unique("Org"), OrganisationType.GGZ),
                false, Map.of());
        address = "10.1." + (System.nanoTime() % 250) + "." + (System.nanoTime() % 250);
    }

    @Test
    void five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused_alike() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertRefused(signIn(username, "not-the-password-" + i, address));
        }
        assertThat(lockedUntil()).isNull();
        assertRefused(signIn(username, "not-the-password-5", address));
        assertThat(lockedUntil()).isCloseTo(clock.instant().plus(Duration.ofMinutes(1)),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));
        assertThat(auditCount(AuditKind.ACCOUNT_LOCKED)).isOne();

        assertRefused(signIn(username, TestData.PASSWORD, address));
        assertRefused(signIn(username, TestData.PASSWORD, "10.9.9.9"));

        clock.set(clock.instant().plus(Duration.ofSeconds(61)));
        assertPending(signIn(username, TestData.PASSWORD, address));
    }

    @Test
    void each_further_failure_doubles_the_lock_up_to_fifteen_minutes() {
        var throttle = SignInThrottle.DEFAULT;
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        List<Duration> locks = new ArrayList<>();
        for (int failures = 4; failures <= 10; failures++) {
            locks.add(throttle.accountLock(failures, now).map(until -> Duration.between(now, until)).orElse(Duration.ZERO));
        }
        assertThat(locks).containsExactly(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    @Test
    void the_beheerder_lifts_a_lock_before_its_time_and_that_is_audited() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertRefused(signIn(username, "wrong-" + i, address));
        }
        long person = testData.personIdOf(username);
        assertThat(system.asAdministrator(() -> people.lockedUntil(person))).isPresent();

        assertThat(system.asAdministrator(() -> people.unlock(person))).isTrue();

        assertThat(auditCount(AuditKind.ACCOUNT_UNLOCKED)).isOne();
        assertPending(signIn(username, TestData.PASSWORD, address));
    }

    @Test
    void an_address_trying_many_names_is_blocked_but_the_person_elsewhere_is_not() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertRefused(signIn("guess-" + i, "whatever-password", address));
        }
        assertRefused(signIn(username, TestData.PASSWORD, address));
        assertPending(signIn(username, TestData.PASSWORD, "10.8.8." + (System.nanoTime() % 250)));
    }

    @Test
    void an_unknown_name_costs_as_much_time_as_a_wrong_password() throws Exception {
        // Warm up, then compare medians: an unknown name must also pay for one password hash.
        signIn("nobody-" + System.nanoTime(), "x-password-x", "10.7.0.1");
        signIn(username, "wrong-one-here", "10.7.0.2");
        List<Long> unknown = new ArrayList<>();
        List<Long> known = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            unknown.add(timed("nobody-" + i + "-" + System.nanoTime(), "10.7.1." + i));
            known.add(timed(username, "10.7.2." + i));
            clock.set(clock.instant().plus(Duration.ofMinutes(20)));
        }
        unknown.sort(null);
        known.sort(null);
        assertThat(unknown.get(1)).isGreaterThan(known.get(1) / 2);
        assertThat(known.get(1)).isGreaterThan(unknown.get(1) / 2);
    }

    @Test
    void a_temporary_password_no_longer_signs_in_after_a_day() throws Exception {
        long person = testData.personIdOf(username);
        String temporary = system.asAdministrator(() -> people.resetPassword(person)).temporaryPassword();
        clock.set(clock.instant().plus(Duration.ofHours(23)));
        assertPending(signIn(username, temporary, address));
        clock.set(clock.instant().plus(Duration.ofHours(2)));
        assertRefused(signIn(username, temporary, address));
    }

    private long timed(String name, String from) throws Exception {
        long start = System.nanoTime();
        assertRefused(signIn(name, "wrong-password-" + System.nanoTime(), from));
        return System.nanoTime() - start;
    }

    private MvcResult signIn(String name, String password, String from) throws Exception {
        return mvc.perform(post("/login").param("username", name).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })).andReturn();
    }

    private static void assertRefused(MvcResult result) {
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(pendingIn(result)).isNull();
    }

    private static void assertPending(MvcResult result) {
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(pendingIn(result)).isNotNull();
    }

    private static PendingSignIn pendingIn(MvcResult result) {
        var session = result.getRequest().getSession(false);
        if (session == null || !(session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context)) {
            return null;
        }
        return context.getAuthentication() instanceof PendingSignIn.Token token ? token.getPrincipal() : null;
    }

    private Instant lockedUntil() {
        return dsl.select(nl.zorgtafel.db.Tables.ACCOUNT.LOCKED_UNTIL).from(nl.zorgtafel.db.Tables.ACCOUNT)
                .where(nl.zorgtafel.db.Tables.ACCOUNT.USERNAME.eq(username)).fetchSingle().value1();
    }

    private int auditCount(AuditKind kind) {
        long person = testData.personIdOf(username);
        long account = dsl.select(nl.zorgtafel.db.Tables.ACCOUNT.ID).from(nl.zorgtafel.db.Tables.ACCOUNT)
                .where(nl.zorgtafel.db.Tables.ACCOUNT.PERSON_ID.eq(person)).fetchSingle().value1();
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(kind).and(AUDIT_ENTRY.OBJECT_ID.eq(account)));
    }
}
