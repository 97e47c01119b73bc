package nl.zorgtafel.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.TestData;

/** People with their roles aggregated in one query; runs on H2 and on MariaDB. */
abstract class PersonRepositoryTests {

    @Autowired
    PersonRepository repository;
    @Autowired
    TestData testData;

    @Test
    void lists_people_with_their_roles_per_table_and_searches_name_organisation_and_username() {
        long north = testData.table(TestData.unique("Noord"));
        long south = testData.table(TestData.unique("Zuid"));
        String organisation = TestData.unique("Veilig Thuis Zuid");
        long org = testData.organisation(organisation, OrganisationType.VEILIG_THUIS);
        String name = TestData.unique("Şule Doğan");
        long person = testData.person(name, org, Map.of(north, TableRole.LID, south, TableRole.WAARNEMER));

        var found = repository.find(name.toUpperCase(), 0, 10);

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(person);
            assertThat(p.organisationName()).isEqualTo(organisation);
            assertThat(p.roles()).extracting(PersonSummary.Role::role).containsExactlyInAnyOrder(TableRole.LID,
                    TableRole.WAARNEMER);
            assertThat(p.active()).isTrue();
        });
        assertThat(repository.count(organisation.toLowerCase())).isEqualTo(1);
        assertThat(repository.find(found.getFirst().username(), 0, 10)).hasSize(1);
        assertThat(repository.roles(person)).containsEntry(north, TableRole.LID).containsEntry(south, TableRole.WAARNEMER);
    }

    @Test
    void a_stale_edit_of_a_person_changes_nothing() {
        long org = testData.organisation(TestData.unique("Org"), OrganisationType.GGZ);
        long person = testData.person("Eerst", org, Map.of());
        var opened = repository.find(person).orElseThrow();
        var changed = new PersonDetails(opened.id(), "Tweede versie", opened.email(), null, org, false, true,
                opened.version(), opened.username(), false, Map.of());
        assertThat(repository.update(changed)).isTrue();

        var stale = new PersonDetails(opened.id(), "Verouderd", opened.email(), null, org, false, true,
                opened.version(), opened.username(), false, Map.of());
        assertThat(repository.update(stale)).isFalse();
        assertThat(repository.find(person).orElseThrow().displayName()).isEqualTo("Tweede versie");
    }
}
