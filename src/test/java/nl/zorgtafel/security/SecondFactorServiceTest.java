package nl.zorgtafel.security;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.SecondFactorService.Outcome;
import nl.zorgtafel.testsupport.MutableClock;
import nl.zorgtafel.testsupport.MutableClockConfiguration;
import nl.zorgtafel.testsupport.TestData;

/** The second factor at sign-in and after: enrolment, codes, the replay guard, recovery codes. */
@SpringBootTest
@Import(MutableClockConfiguration.class)
class SecondFactorServiceTest {

    @Autowired
    SecondFactorService secondFactor;
    @Autowired
    SignInService signIns;
    @Autowired
    SecurityContextHolderStrategy contexts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    TestData testData;
    @Autowired
    MutableClock clock;
    @Autowired
    DSLContext dsl;

    private String username;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-24T10:00:10Z"));
        username = testData.account("Tom Tweestaps", testData.organisation(TestData.unique("Org"), OrganisationType.GGZ),
                false, Map.of());
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
    }

    @Test
    void nothing_but_the_code_step_serves_someone_between_password_and_code() {
        passwordGiven();
        assertThat(currentUser.get()).isEmpty();
        assertThat(contexts.getContext().getAuthentication().isAuthenticated()).isFalse();
        assertThat(contexts.getContext().getAuthentication().getAuthorities()).isEmpty();
        assertThatThrownBy(() -> secondFactor.recoveryCodesLeft()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_first_sign_in_links_an_app_and_gives_ten_recovery_codes() {
        var enrolled = enrol();
        assertThat(enrolled).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(currentUser.require().getUsername()).isEqualTo(username);
        String stored = dsl.select(ACCOUNT.TOTP_SECRET).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchSingle().value1().stored();
        assertThat(stored).startsWith("v1:");
    }

    @Test
    void a_code_signs_in_once_and_not_twice() {
        String secret = enrolledSecret();
        clock.set(clock.instant().plusSeconds(60));
        String code = Totp.code(secret, Totp.step(clock.instant()));

        assertThat(passwordGiven().enrolled()).isTrue();
        assertThat(secondFactor.verifyAtSignIn(code).outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(currentUser.require().getUsername()).isEqualTo(username);

        passwordGiven();
        assertThat(secondFactor.verifyAtSignIn(code).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(currentUser.get()).isEmpty();
    }

    @Test
    void three_wrong_codes_end_the_attempt_and_five_lock_the_account() {
        enrolledSecret();
        passwordGiven();
        assertThat(secondFactor.verifyAtSignIn("000000").outcome()).isEqualTo(Outcome.WRONG);
        assertThat(secondFactor.verifyAtSignIn("000001").outcome()).isEqualTo(Outcome.WRONG);
        assertThat(secondFactor.verifyAtSignIn("000002").outcome()).isEqualTo(Outcome.ENDED);
        assertThat(secondFactor.pending()).isEmpty();

        passwordGiven();
        assertThat(secondFactor.verifyAtSignIn("000003").outcome()).isEqualTo(Outcome.WRONG);
        assertThat(secondFactor.verifyAtSignIn("000004").outcome()).isEqualTo(Outcome.ENDED);
        assertThat(signIns.checkPassword(username, TestData.PASSWORD, "10.3.3.3")).isEmpty();
    }

    @Test
    void a_recovery_code_works_once_in_any_spelling() {
        List<String> codes = enrol();
        contexts.clearContext();
        passwordGiven();
        assertThat(secondFactor.recoverAtSignIn(" " + codes.get(3).toUpperCase().replace("-", " ") + " ").outcome())
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(secondFactor.recoveryCodesLeft()).isEqualTo(9);

        contexts.clearContext();
        passwordGiven();
        assertThat(secondFactor.recoverAtSignIn(codes.get(3)).outcome()).isEqualTo(Outcome.WRONG);
    }

    @Test
    void linking_a_new_app_asks_for_a_current_code_first() {
        String old = enrolledSecret();
        clock.set(clock.instant().plusSeconds(60));
        passwordGiven();
        secondFactor.verifyAtSignIn(Totp.code(old, Totp.step(clock.instant())));
        var next = secondFactor.newEnrolment();
        String newCode = Totp.code(next.secret(), Totp.step(clock.instant()));

        assertThat(secondFactor.reEnrol("123456", next, newCode)).isEmpty();
        clock.set(clock.instant().plusSeconds(30));
        assertThat(secondFactor.reEnrol(Totp.code(old, Totp.step(clock.instant())), next,
                Totp.code(next.secret(), Totp.step(clock.instant())))).hasValueSatisfying(codes -> assertThat(codes).hasSize(10));
    }

    @Test
    void only_the_system_provisions_a_known_secret() {
        testData.signIn(username);
        assertThatThrownBy(() -> secondFactor.provision(username, Totp.newSecret()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private PendingSignIn passwordGiven() {
        var pending = signIns.checkPassword(username, TestData.PASSWORD, "10.3.3.3").orElseThrow();
        var context = contexts.createEmptyContext();
        context.setAuthentication(new PendingSignIn.Token(pending, null));
        contexts.setContext(context);
        return pending;
    }

    private List<String> enrol() {
        passwordGiven();
        var enrolment = secondFactor.newEnrolment();
        var result = secondFactor.enrolAtSignIn(enrolment, Totp.code(enrolment.secret(), Totp.step(clock.instant())));
        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        lastSecret = enrolment.secret();
        return result.recoveryCodes();
    }

    private String lastSecret;

    private String enrolledSecret() {
        enrol();
        contexts.clearContext();
        return lastSecret;
    }
}
