package nl.zorgtafel.party;

import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.CARE_TABLE_MUNICIPALITY;
import static nl.zorgtafel.db.Tables.COVENANT_SIGNATURE;
import static nl.zorgtafel.db.Tables.MUNICIPALITY;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;
import static org.jooq.impl.DSL.selectCount;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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


    long insertMunicipality(String name, String cbsCode, Instant now) {
        var row = dsl.newRecord(MUNICIPALITY);
        row.setName(name);
        row.setCbsCode(cbsCode);
        row.setActive(true);
        row.setCreatedAt(now);
        row.store();
        return row.getId();
    }

    void replaceMunicipalities(long tableId, java.util.Collection<Long> municipalityIds) {
        dsl.deleteFrom(CARE_TABLE_MUNICIPALITY).where(CARE_TABLE_MUNICIPALITY.CARE_TABLE_ID.eq(tableId)).execute();
        for (long municipalityId : municipalityIds) {
            dsl.insertInto(CARE_TABLE_MUNICIPALITY)
                    .set(CARE_TABLE_MUNICIPALITY.CARE_TABLE_ID, tableId)
                    .set(CARE_TABLE_MUNICIPALITY.MUNICIPALITY_ID, municipalityId)
                    .execute();
        }
    }

    long insertCovenantSignature(long tableId, long organisationId, java.time.LocalDate signedOn, Instant now) {
        var row = dsl.newRecord(COVENANT_SIGNATURE);
        row.setCareTableId(tableId);
        row.setOrganisationId(organisationId);
        row.setSignedOn(signedOn);
        row.setCreatedAt(now);
        row.store();
        return row.getId();
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

    Optional<CareTableDetails> findCareTableDetails(long tableId) {
        var municipalities = dsl.select(MUNICIPALITY.NAME)
                .from(CARE_TABLE_MUNICIPALITY)
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(CARE_TABLE_MUNICIPALITY.MUNICIPALITY_ID))
                .where(CARE_TABLE_MUNICIPALITY.CARE_TABLE_ID.eq(tableId))
                .orderBy(MUNICIPALITY.NAME)
                .fetch(MUNICIPALITY.NAME);
        var covenant = dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.ORG_TYPE,
                        COVENANT_SIGNATURE.SIGNED_ON, COVENANT_SIGNATURE.ENDED_ON)
                .from(COVENANT_SIGNATURE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(COVENANT_SIGNATURE.ORGANISATION_ID))
                .where(COVENANT_SIGNATURE.CARE_TABLE_ID.eq(tableId))
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new CareTableDetails.CovenantPartner(r.value1(), r.value2(),
                        OrganisationType.valueOf(r.value3()), r.value4(), r.value5()));
        var members = dsl.select(PERSON.DISPLAY_NAME, ORGANISATION.NAME, TABLE_MEMBERSHIP.TABLE_ROLE,
                        PERSON.CONTACT_PERSON)
                .from(TABLE_MEMBERSHIP)
                .join(PERSON).on(PERSON.ID.eq(TABLE_MEMBERSHIP.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId).and(PERSON.ACTIVE.isTrue()))
                .orderBy(ORGANISATION.NAME, PERSON.DISPLAY_NAME)
                .fetch(r -> new CareTableDetails.Member(r.value1(), r.value2(), TableRole.valueOf(r.value3()),
                        r.value4()));
        return dsl.selectFrom(CARE_TABLE).where(CARE_TABLE.ID.eq(tableId)).fetchOptional(t -> new CareTableDetails(
                t.getId(), t.getName(), t.getCode(), t.getConfidentialityStatement(),
                new CareTableDetails.Rhythm(t.getRhythmWeekday(), t.getRhythmStartTime(), t.getRhythmMinutes(),
                        t.getRhythmEveryWeeks()),
                t.getCutoffWorkingDays(), municipalities, covenant, members));
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
