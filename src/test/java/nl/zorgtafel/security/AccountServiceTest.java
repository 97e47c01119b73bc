package nl.zorgtafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import nl.zorgtafel.party.NewPerson;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.party.PartyService;
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
    PartyService partyService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TestData testData;

    private long newPerson() {
        long organisation = testData.organisation(TestData.unique("Org"), OrganisationType.GGZ);
        return partyService.createPerson(new NewPerson("Eva Jansen", "eva@example.org", organisation));
    }

    @Test
    void stores_only_a_salted_hash_of_the_password() {
        accountService.createAccount(newPerson(), "Eva.Jansen", "een lang wachtwoord", false);

        String hash = accounts.findUser("eva.jansen").orElseThrow().getPassword();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("een lang wachtwoord");
        assertThat(passwordEncoder.matches("een lang wachtwoord", hash)).isTrue();
        assertThat(passwordEncoder.matches("een ander wachtwoord", hash)).isFalse();
    }

    @Test
    void refuses_a_password_shorter_than_twelve_characters() {
        assertThatThrownBy(() -> accountService.createAccount(newPerson(), "kort", "elf-tekens!", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_a_username_that_is_taken_in_any_case() {
        String username = testData.account("Eerste", testData.organisation(TestData.unique("Org"),
                OrganisationType.OVERIG), false, Map.of());
        assertThatThrownBy(() -> accountService.createAccount(newPerson(), username.toUpperCase(),
                "een lang wachtwoord", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_usernames_with_markup_or_spaces() {
        assertThatThrownBy(() -> accountService.createAccount(newPerson(), "<script>", "een lang wachtwoord", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accountService.createAccount(newPerson(), "eva jansen", "een lang wachtwoord", false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
