package nl.zorgtafel.party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.TableRole;

/**
 * Tables, partner organisations, people and roles per table. Listing methods page in SQL for
 * lazy grids. Administration screens and their access checks arrive with the Beheer issue.
 */
@Service
public class PartyService {

    private final PartyRepository repository;
    private final AccessService access;
    private final AuditService audit;
    private final Clock clock;

    PartyService(PartyRepository repository, AccessService access, AuditService audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The signed-in person's view of a table: members, covenant partners, rhythm and statement.
     * Only for the current table; asking for another (even one the person also sits at) is
     * refused and audited.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public CareTableDetails tableDetails(long tableId) {
        access.requireCurrentTable(tableId, "care_table", tableId);
        return repository.findCareTableDetails(tableId).orElseThrow(() -> access.deny("care_table", tableId));
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

    /** Adds a municipality to the administrator-maintained list; returns its id. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public long createMunicipality(String name, String cbsCode) {
        return repository.insertMunicipality(name, cbsCode, clock.instant());
    }

    /** Sets the municipalities a table covers. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void setMunicipalities(long tableId, Collection<Long> municipalityIds) {
        repository.replaceMunicipalities(tableId, municipalityIds);
        audit.record(AuditKind.TABLE_CHANGED, AuditObject.of("care_table", tableId), "municipalities");
    }

    /** Records that an organisation signed the table's covenant on a date. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public void signCovenant(long tableId, long organisationId, LocalDate signedOn) {
        repository.insertCovenantSignature(tableId, organisationId, signedOn, clock.instant());
        audit.record(AuditKind.COVENANT_SIGNED, AuditObject.of("care_table", tableId), "organisation " + organisationId);
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
