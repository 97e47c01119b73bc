package nl.zorgtafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class ZorgtafelUserTest {

    private static final TableMembership CHAIR_AT_1 = new TableMembership(1, "Noord", TableRole.VOORZITTER);
    private static final TableMembership MEMBER_AT_2 = new TableMembership(2, "Zuid", TableRole.LID);

    private static ZorgtafelUser user(boolean administrator, Long currentTable, TableMembership... memberships) {
        return new ZorgtafelUser(10, 20, "anna", "{noop}x", "Anna de Wit", 30, "Jeugdhulp", administrator, true,
                null, List.of(memberships), currentTable, false);
    }

    private static List<String> authorities(ZorgtafelUser user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void roles_hold_only_for_the_current_table() {
        var atNoord = user(false, 1L, CHAIR_AT_1, MEMBER_AT_2);
        assertThat(authorities(atNoord)).containsExactly("ROLE_VOORZITTER");

        var atZuid = atNoord.withCurrentTable(2);
        assertThat(authorities(atZuid)).containsExactly("ROLE_LID");
        assertThat(atZuid.currentMembership()).contains(MEMBER_AT_2);
    }

    @Test
    void after_login_a_person_starts_at_the_table_where_their_role_weighs_most() {
        var observerAtA = new TableMembership(3, "A-tafel", TableRole.WAARNEMER);
        var memberAtB = new TableMembership(4, "B-tafel", TableRole.LID);
        var chairAtZ = new TableMembership(5, "Z-tafel", TableRole.VOORZITTER);
        assertThat(ZorgtafelUser.startingTable(List.of(observerAtA, memberAtB, chairAtZ))).isEqualTo(5L);
        assertThat(ZorgtafelUser.startingTable(List.of(observerAtA, memberAtB))).isEqualTo(4L);
        assertThat(ZorgtafelUser.startingTable(List.of(MEMBER_AT_2, new TableMembership(9, "Apeldoorn", TableRole.LID))))
                .isEqualTo(9L);
        assertThat(ZorgtafelUser.startingTable(List.of())).isNull();
    }

    @Test
    void switching_to_a_table_without_a_role_is_refused() {
        var user = user(false, 1L, CHAIR_AT_1);
        assertThatThrownBy(() -> user.withCurrentTable(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void administrator_role_is_installation_wide_and_needs_no_table() {
        var administrator = user(true, null);
        assertThat(authorities(administrator)).containsExactly("ROLE_BEHEERDER");
        assertThat(administrator.currentMembership()).isEmpty();
    }

    @Test
    void switching_tables_drops_the_password_hash_and_keeps_identity() {
        var switched = user(false, 1L, CHAIR_AT_1, MEMBER_AT_2).withCurrentTable(2);
        assertThat(switched.getPassword()).isNull();
        assertThat(switched).isEqualTo(user(false, 1L, CHAIR_AT_1));
    }

    @Test
    void text_form_names_only_the_username() {
        assertThat(user(false, null).toString()).isEqualTo("ZorgtafelUser[anna]").doesNotContain("Anna de Wit");
    }
}
