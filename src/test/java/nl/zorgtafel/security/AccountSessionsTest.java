package nl.zorgtafel.security;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.ACCOUNT_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.party.PersonService;
import nl.zorgtafel.testsupport.MutableClock;
import nl.zorgtafel.testsupport.MutableClockConfiguration;
import nl.zorgtafel.testsupport.TestData;

/** The session rows: idle and absolute timeouts, and ending all of someone's sessions. */
@SpringBootTest
@Import(MutableClockConfiguration.class)
class AccountSessionsTest {

    @Autowired
    AccountSessions sessions;
    @Autowired
    PersonService people;
    @Autowired
    AccountService accountService;
    @Autowired
    TestData testData;
    @Autowired
    MutableClock clock;
    @Autowired
    DSLContext dsl;

    private String username;
    private long accountId;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-24T08:00:00Z"));
        username = testData.account("Iris Idle", testData.organisation(TestData.unique("Org"), OrganisationType.GGZ),
                false, Map.of());
        accountId = dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchSingle().value1();
    }

    @Test
    void a_session_ends_after_thirty_minutes_without_activity_whatever_the_heartbeats() {
        String key = register();
        advance(Duration.ofMinutes(20));
        assertThat(sessions.stillValid(key, true)).isTrue();
        advance(Duration.ofMinutes(20));
        assertThat(sessions.stillValid(key, false)).as("a heartbeat is no activity").isTrue();
        advance(Duration.ofMinutes(11));
        assertThat(sessions.stillValid(key, false)).isFalse();
        assertThat(endedReason()).isEqualTo("INACTIEF");
    }

    @Test
    void a_session_ends_after_twelve_hours_however_active() {
        String key = register();
        for (int i = 0; i < 47; i++) {
            advance(Duration.ofMinutes(15));
            assertThat(sessions.stillValid(key, true)).isTrue();
        }
        advance(Duration.ofMinutes(15));
        assertThat(sessions.stillValid(key, true)).isFalse();
        assertThat(endedReason()).isEqualTo("ABSOLUUT");
    }

    @Test
    void deactivating_a_person_ends_all_their_sessions() {
        String first = register();
        String second = register();
        testData.asAdministrator(() -> {
            people.setActive(testData.personIdOf(username), false);
            return null;
        });
        assertThat(sessions.stillValid(first, true)).isFalse();
        assertThat(sessions.stillValid(second, true)).isFalse();
        assertThat(endedReason()).isEqualTo("GEDEACTIVEERD");
    }

    @Test
    void changing_the_password_ends_the_other_sessions() {
        String elsewhere = register();
        testData.signIn(username);
        try {
            assertThat(accountService.changeOwnPassword(TestData.PASSWORD, "een heel nieuwe zin voor iris")).isTrue();
        } finally {
            testData.signOut();
        }
        assertThat(sessions.stillValid(elsewhere, true)).isFalse();
        assertThat(endedReason()).isEqualTo("WACHTWOORD");
    }

    private String register() {
        var session = new MockHttpSession();
        sessions.register(accountId, session, "Chrome / Linux", "10.0.0.9");
        return (String) session.getAttribute(AccountSessions.KEY_ATTRIBUTE);
    }

    private void advance(Duration duration) {
        clock.set(clock.instant().plus(duration));
    }

    private String endedReason() {
        return dsl.select(ACCOUNT_SESSION.ENDED_REASON).from(ACCOUNT_SESSION)
                .where(ACCOUNT_SESSION.ACCOUNT_ID.eq(accountId)).orderBy(ACCOUNT_SESSION.ID.desc()).limit(1)
                .fetchSingle().value1();
    }
}
