package nl.zorgtafel.party;

import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.exception.DataChangedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.TestData;

/** Tables and organisations in SQL; runs on H2 and on MariaDB through the two subclasses. */
abstract class CareTableRepositoryTests {

    @Autowired
    CareTableRepository repository;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;

    @Test
    void pages_tables_in_sql_by_name_with_their_member_counts() {
        int before = repository.countCareTables();
        String prefix = TestData.unique("Tafel");
        long first = testData.table(prefix + " A");
        long second = testData.table(prefix + " B");
        long organisation = testData.organisation(TestData.unique("Org"), OrganisationType.GEMEENTE);
        testData.account("Een", organisation, false, Map.of(first, TableRole.LID));
        testData.account("Twee", organisation, false, Map.of(first, TableRole.VOORZITTER));

        assertThat(repository.countCareTables()).isEqualTo(before + 2);
        var all = repository.findCareTables(0, before + 2);
        int position = all.stream().map(CareTableSummary::id).toList().indexOf(first);

        var page = repository.findCareTables(position, 2);
        assertThat(page).extracting(CareTableSummary::id).containsExactly(first, second);
        assertThat(page).extracting(CareTableSummary::memberCount).containsExactly(2, 0);
        assertThat(repository.findCareTables(position + 1, 1)).extracting(CareTableSummary::id)
                .containsExactly(second);
    }

    @Test
    void counts_only_active_people_per_organisation() {
        String name = TestData.unique("Veilig Thuis");
        long organisation = testData.organisation(name, OrganisationType.VEILIG_THUIS);
        testData.account("Actief", organisation, false, Map.of());

        var all = organisations.find(null, null, 0, organisations.count(null, null));

        assertThat(all).filteredOn(o -> o.id() == organisation).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo(name);
            assertThat(o.type()).isEqualTo(OrganisationType.VEILIG_THUIS);
            assertThat(o.personCount()).isEqualTo(1);
        });
    }

    @Test
    void a_stale_edit_is_rejected_instead_of_overwriting_a_newer_one() {
        long id = testData.table(TestData.unique("Tafel"));
        var mine = dsl.fetchSingle(CARE_TABLE, CARE_TABLE.ID.eq(id));
        var theirs = dsl.fetchSingle(CARE_TABLE, CARE_TABLE.ID.eq(id));

        theirs.setConfidentialityStatement("Hun versie");
        theirs.store();
        mine.setConfidentialityStatement("Mijn versie");

        assertThatThrownBy(mine::store).isInstanceOf(DataChangedException.class);
        assertThat(dsl.fetchSingle(CARE_TABLE, CARE_TABLE.ID.eq(id)).getConfidentialityStatement())
                .isEqualTo("Hun versie");
    }

    @Test
    void organisations_are_searched_in_sql_ignoring_case() {
        String name = "Stichting " + TestData.unique("Sterk Huis");
        long id = testData.organisation(name, OrganisationType.OPVANG_SPECIALIST);

        assertThat(organisations.find("sterk huis", null, 0, 50)).extracting(OrganisationSummary::id).contains(id);
        assertThat(organisations.count(name.toUpperCase(), null)).isEqualTo(1);
        assertThat(organisations.count(name, OrganisationType.OPVANG_SPECIALIST)).isEqualTo(1);
        assertThat(organisations.count(name, OrganisationType.GEMEENTE)).isZero();
        assertThat(organisations.find("geen-enkele-organisatie-heet-zo", null, 0, 50)).isEmpty();
    }

    @Test
    void names_in_any_script_survive_the_round_trip() {
        String name = "Stichting Ağır Łódź é ü — مؤسسة الأمل " + TestData.unique("😀");
        long id = organisations.insert(new Organisation(null, name, OrganisationType.OVERIG, null, null, null, true, 0),
                Instant.parse("2026-11-23T10:15:30Z"));

        var row = dsl.fetchSingle(ORGANISATION, ORGANISATION.ID.eq(id));
        assertThat(row.getName()).isEqualTo(name);
        assertThat(row.getCreatedAt()).isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
    }
}
