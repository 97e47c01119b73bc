package nl.zorgtafel.party;

import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;
import static org.jooq.impl.DSL.selectCount;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.security.TableRole;

@Repository
class PartyRepository {

    private final DSLContext dsl;

    PartyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insertOrganisation(NewOrganisation organisation, Instant now) {
        var row = dsl.newRecord(ORGANISATION);
        row.setName(organisation.name());
        row.setOrgType(organisation.type().name());
        row.setEmail(organisation.email());
        row.setPhone(organisation.phone());
        row.setActive(true);
        row.setCreatedAt(now);
        row.store();
        return row.getId();
    }

    long insertCareTable(NewCareTable table, Instant now) {
        var row = dsl.newRecord(CARE_TABLE);
        row.setName(table.name());
        row.setCode(table.code());
        row.setConfidentialityStatement(table.confidentialityStatement());
        row.setCutoffWorkingDays(2);
        row.setCreatedAt(now);
        row.store();
        return row.getId();
    }

    long insertPerson(NewPerson person, Instant now) {
        var row = dsl.newRecord(PERSON);
        row.setDisplayName(person.displayName());
        row.setEmail(person.email());
        row.setOrganisationId(person.organisationId());
        row.setActive(true);
        row.setCreatedAt(now);
        row.store();
        return row.getId();
    }

    void insertMembership(long tableId, long personId, TableRole role, Instant now) {
        var row = dsl.newRecord(TABLE_MEMBERSHIP);
        row.setCareTableId(tableId);
        row.setPersonId(personId);
        row.setTableRole(role.name());
        row.setCreatedAt(now);
        row.store();
    }

    boolean careTableExists(String name) {
        // Not fetchExists: on H2 2.4 it misses a row inserted earlier in the same transaction.
        return dsl.fetchCount(CARE_TABLE, CARE_TABLE.NAME.eq(name)) > 0;
    }


    List<CareTableSummary> findCareTables(int offset, int limit) {
        var members = selectCount().from(TABLE_MEMBERSHIP)
                .where(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(CARE_TABLE.ID)).asField("member_count");
        return dsl.select(CARE_TABLE.ID, CARE_TABLE.NAME, CARE_TABLE.CODE, members)
                .from(CARE_TABLE)
                .orderBy(CARE_TABLE.NAME, CARE_TABLE.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new CareTableSummary(r.value1(), r.value2(), r.value3(), r.get(members, Integer.class)));
    }

    int countCareTables() {
        return dsl.fetchCount(CARE_TABLE);
    }

    List<OrganisationSummary> findOrganisations(int offset, int limit) {
        var people = selectCount().from(PERSON)
                .where(PERSON.ORGANISATION_ID.eq(ORGANISATION.ID).and(PERSON.ACTIVE.isTrue()))
                .asField("person_count");
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.ORG_TYPE, ORGANISATION.EMAIL, people)
                .from(ORGANISATION)
                .orderBy(ORGANISATION.NAME, ORGANISATION.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new OrganisationSummary(r.value1(), r.value2(), OrganisationType.valueOf(r.value3()),
                        r.value4(), r.get(people, Integer.class)));
    }

    int countOrganisations() {
        return dsl.fetchCount(ORGANISATION);
    }
}
