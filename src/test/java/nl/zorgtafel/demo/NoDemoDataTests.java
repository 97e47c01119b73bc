package nl.zorgtafel.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import nl.zorgtafel.party.CareTableService;

/** Outside the demo profile there is no seeder, no demo table and no demo account. */
@WithMockUser(roles = "BEHEERDER")
abstract class NoDemoDataTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    CareTableService tableService;
    @Autowired
    UserDetailsService userDetailsService;

    @Test
    void no_demo_seeder_no_demo_table_and_no_demo_accounts() {
        assertThat(context.getBeansOfType(DemoDataSeeder.class)).isEmpty();
        assertThat(tableService.careTableExists(DemoDataSeeder.DEMO_TABLE)).isFalse();
        for (String username : new String[] {"beheerder", "voorzitter", "politie", "waarnemer"}) {
            assertThatThrownBy(() -> userDetailsService.loadUserByUsername(username))
                    .isInstanceOf(UsernameNotFoundException.class);
        }
    }
}
