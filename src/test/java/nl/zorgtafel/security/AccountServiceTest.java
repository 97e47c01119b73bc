package nl.zorgtafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.testsupport.H2Test;
import nl.zorgtafel.testsupport.TestData;

@H2Test
@WithMockUser(roles = "BEHEERDER")
class AccountServiceTest {

    @Autowired
    AccountService accountService;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TestData testData;

    private long organisation() {
        return testData.organisation(TestData.unique("Org"), OrganisationType.GGZ);
    }

    @Test
    void stores_only_a_salted_hash_of_the_password() {
        String username = testData.account("Eva Jansen", organisation(), false, Map.of());

        String hash = accounts.findUser(username).orElseThrow().getPassword();
        assertThat(hash).startsWith("{pbkdf2@SpringSecurity_v5_8}").doesNotContain(TestData.PASSWORD);
        assertThat(passwordEncoder.matches(TestData.PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches("een ander wachtwoord", hash)).isFalse();
    }

    @Test
    void refuses_a_password_shorter_than_twelve_characters() {
        long person = testData.person("Kim", organisation(), Map.of());
        assertThatThrownBy(() -> accountService.createAccount(person, "nieuw.account", "elf-tekens!", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_a_common_password_and_one_holding_the_username() {
        long person = testData.person("Kim", organisation(), Map.of());
        assertThatThrownBy(() -> accountService.createAccount(person, "kim.nieuw", "password1234", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accountService.createAccount(person, "kim.nieuw", "ik-ben-kim.nieuw-echt", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_password_of_128_characters_is_stored_whole() {
        String name = testData.account("Kim Lang", organisation(), false, Map.of());
        String longPassword = "lange zin ".repeat(12) + "einde123";
        testData.signIn(name);
        assertThat(accountService.changeOwnPassword(TestData.PASSWORD, longPassword)).isTrue();
        testData.signOut();
        String hash = accounts.findUser(name).orElseThrow().getPassword();
        assertThat(passwordEncoder.matches(longPassword, hash)).isTrue();
        assertThat(passwordEncoder.matches(longPassword.substring(0, 127) + "X", hash)).isFalse();
    }

    @Test
    void refuses_a_username_that_is_taken_in_any_case() {
        String username = testData.account("Eerste", organisation(), false, Map.of());
        long person = testData.person("Tweede", organisation(), Map.of());
        assertThatThrownBy(() -> accountService.createAccount(person, username.toUpperCase(),
                "een lang wachtwoord", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_usernames_with_markup_or_spaces() {
        long person = testData.person("Kim", organisation(), Map.of());
        assertThatThrownBy(() -> accountService.createAccount(person, "<script>", "een lang wachtwoord", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accountService.createAccount(person, "eva jansen", "een lang wachtwoord", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_reset_gives_a_temporary_password_that_must_be_changed_at_sign_in() {
        String username = testData.account("Rik", organisation(), false, Map.of());
        ZorgtafelUser before = accounts.findUser(username).orElseThrow();

        String temporary = accountService.resetPassword(before.personId());

        ZorgtafelUser after = accounts.findUser(username).orElseThrow();
        assertThat(temporary).hasSize(16);
        assertThat(after.mustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(temporary, after.getPassword())).isTrue();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, after.getPassword())).isFalse();
    }
}
