package nl.zorgtafel.party;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.TableRole;

/**
 * Tables, partner organisations, people and roles per table. Listing methods page in SQL for
 * lazy grids. Administration screens and their access checks arrive with the Beheer issue.
 */
@Service
public class PartyService {

    private final PartyRepository repository;
    private final Clock clock;

    PartyService(PartyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Registers a partner organisation; returns its id. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public long createOrganisation(NewOrganisation organisation) {
        return repository.insertOrganisation(organisation, clock.instant());
    }

    /** Opens a table; returns its id. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public long createCareTable(NewCareTable table) {
        return repository.insertCareTable(table, clock.instant());
    }

    /** Registers a person of a partner organisation; returns its id. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public long createPerson(NewPerson person) {
        return repository.insertPerson(person, clock.instant());
    }

    /** Gives a person a role at a table (one role per table). */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void grantTableRole(long tableId, long personId, TableRole role) {
        repository.insertMembership(tableId, personId, role, clock.instant());
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public boolean careTableExists(String name) {
        return repository.careTableExists(name);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public List<CareTableSummary> findCareTables(int offset, int limit) {
        return repository.findCareTables(offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public int countCareTables() {
        return repository.countCareTables();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public List<OrganisationSummary> findOrganisations(int offset, int limit) {
        return repository.findOrganisations(offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.BEHEERDER)
    public int countOrganisations() {
        return repository.countOrganisations();
    }
}
