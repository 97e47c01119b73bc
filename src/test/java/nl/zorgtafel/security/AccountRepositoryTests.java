package nl.zorgtafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.testsupport.TestData;

/** Runs on H2 and on MariaDB through the two subclasses. */
abstract class AccountRepositoryTests {

    @Autowired
    AccountRepository repository;
    @Autowired
    TestData testData;
    @Autowired
    SignInRepository signIns;

    @Test
    void loads_a_user_with_organisation_and_every_table_role_in_one_query() {
        long zuid = testData.table(TestData.unique("Zuid"));
        long noord = testData.table(TestData.unique("Noord"));
        long organisation = testData.organisation(TestData.unique("AVIM"), OrganisationType.POLITIE_AVIM);
        String username = testData.account("Pieter Smit", organisation, false,
                Map.of(zuid, TableRole.LID, noord, TableRole.VOORZITTER));

        ZorgtafelUser user = repository.findUser(username).orElseThrow();

        assertThat(user.displayName()).isEqualTo("Pieter Smit");
        assertThat(user.organisationId()).isEqualTo(organisation);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getPassword()).startsWith("{pbkdf2@SpringSecurity_v5_8}");
        assertThat(user.memberships()).extracting(TableMembership::tableId, TableMembership::role)
                .containsExactly(
                        tuple(noord, TableRole.VOORZITTER),
                        tuple(zuid, TableRole.LID));
        // The chair starts at the table they chair.
        assertThat(user.currentMembership().map(TableMembership::tableId)).contains(noord);
    }

    @Test
    void a_user_without_tables_has_no_current_table() {
        long organisation = testData.organisation(TestData.unique("Gemeente"), OrganisationType.GEMEENTE);
        String username = testData.account("Bas Beheer", organisation, true, Map.of());

        ZorgtafelUser user = repository.findUser(username).orElseThrow();

        assertThat(user.memberships()).isEmpty();
        assertThat(user.currentMembership()).isEmpty();
        assertThat(user.administrator()).isTrue();
    }

    @Test
    void an_unknown_username_finds_nobody() {
        assertThat(repository.findUser("nobody-" + TestData.unique("x"))).isEmpty();
    }

    @Test
    void stores_the_preferred_language() {
        long organisation = testData.organisation(TestData.unique("School"), OrganisationType.ONDERWIJS);
        String username = testData.account("Ömer Yılmaz", organisation, false, Map.of());
        long accountId = repository.findUser(username).orElseThrow().accountId();

        repository.updatePreferredLocale(accountId, "en");

        assertThat(repository.findUser(username).orElseThrow().preferredLocale()).contains("en");
        assertThat(repository.findUser(username).orElseThrow().displayName()).isEqualTo("Ömer Yılmaz");
    }

    @Test
    void a_client_address_s_failures_are_stored_and_then_counted_up() {
        String address = "192.0.2." + (int) (Math.random() * 250);
        var first = new SignInRepository.AddressState(1, java.time.Instant.parse("2026-11-24T10:00:00Z"), null);
        var second = new SignInRepository.AddressState(2, java.time.Instant.parse("2026-11-24T10:00:05Z"),
                java.time.Instant.parse("2026-11-24T10:01:05Z"));

        signIns.storeAddress(address, first);
        assertThat(signIns.address(address)).contains(first);
        signIns.storeAddress(address, second);
        assertThat(signIns.address(address)).contains(second);
    }
}
