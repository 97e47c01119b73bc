package nl.zorgtafel.party;

import static nl.zorgtafel.db.Tables.ACCOUNT;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.security.TableRole;

@Repository
class PersonRepository {

    private final DSLContext dsl;

    PersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether any account is a Beheerder's: then the installation has had its first start. */
    boolean anyAdministrator() {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ADMINISTRATOR.isTrue());
    }

    long insert(PersonDetails person, Instant now) {
        var row = dsl.newRecord(PERSON);
        row.setDisplayName(person.displayName());
        row.setEmail(person.email());
        row.setPhone(person.phone());
        row.setOrganisationId(person.organisationId());
        row.setContactPerson(person.contactPerson());
        row.setActive(true);
        row.setCreatedAt(now);
        row.store();
        return row.getId();
    }

    boolean update(PersonDetails person) {
        return dsl.update(PERSON)
                .set(PERSON.DISPLAY_NAME, person.displayName())
                .set(PERSON.EMAIL, person.email())
                .set(PERSON.PHONE, person.phone())
                .set(PERSON.ORGANISATION_ID, person.organisationId())
                .set(PERSON.CONTACT_PERSON, person.contactPerson())
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(person.id()).and(PERSON.VERSION.eq(person.version())))
                .execute() == 1;
    }

    void setActive(long personId, boolean active) {
        dsl.update(PERSON).set(PERSON.ACTIVE, active).set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(personId)).execute();
    }

    Map<Long, TableRole> roles(long personId) {
        return dsl.select(TABLE_MEMBERSHIP.CARE_TABLE_ID, TABLE_MEMBERSHIP.TABLE_ROLE)
                .from(TABLE_MEMBERSHIP)
                .where(TABLE_MEMBERSHIP.PERSON_ID.eq(personId))
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    void insertMembership(long tableId, long personId, TableRole role, Instant now) {
        var row = dsl.newRecord(TABLE_MEMBERSHIP);
        row.setCareTableId(tableId);
        row.setPersonId(personId);
        row.setTableRole(role);
        row.setCreatedAt(now);
        row.store();
    }

    void updateMembership(long tableId, long personId, TableRole role) {
        dsl.update(TABLE_MEMBERSHIP)
                .set(TABLE_MEMBERSHIP.TABLE_ROLE, role)
                .set(TABLE_MEMBERSHIP.VERSION, TABLE_MEMBERSHIP.VERSION.plus(1))
                .where(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId).and(TABLE_MEMBERSHIP.PERSON_ID.eq(personId)))
                .execute();
    }

    void deleteMembership(long tableId, long personId) {
        dsl.deleteFrom(TABLE_MEMBERSHIP)
                .where(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId).and(TABLE_MEMBERSHIP.PERSON_ID.eq(personId)))
                .execute();
    }

    Optional<PersonDetails> find(long personId) {
        Map<Long, TableRole> roles = roles(personId);
        return dsl.select(PERSON.ID, PERSON.DISPLAY_NAME, PERSON.EMAIL, PERSON.PHONE, PERSON.ORGANISATION_ID,
                        PERSON.CONTACT_PERSON, PERSON.ACTIVE, PERSON.VERSION, ACCOUNT.USERNAME, ACCOUNT.ADMINISTRATOR)
                .from(PERSON)
                .leftJoin(ACCOUNT).on(ACCOUNT.PERSON_ID.eq(PERSON.ID))
                .where(PERSON.ID.eq(personId))
                .fetchOptional(r -> new PersonDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), Boolean.TRUE.equals(r.value10()), roles));
    }

    List<PersonSummary> find(String search, int offset, int limit) {
        var people = dsl.select(PERSON.ID, PERSON.DISPLAY_NAME, ORGANISATION.NAME, ACCOUNT.USERNAME, PERSON.ACTIVE)
                .from(PERSON)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .leftJoin(ACCOUNT).on(ACCOUNT.PERSON_ID.eq(PERSON.ID))
                .where(matching(search))
                .orderBy(PERSON.DISPLAY_NAME, PERSON.ID)
                .offset(offset).limit(limit)
                .fetch();
        // The roles of this page's people in one more query.
        Map<Long, List<PersonSummary.Role>> roles = people.isEmpty() ? Map.of()
                : dsl.select(TABLE_MEMBERSHIP.PERSON_ID, CARE_TABLE.CODE, TABLE_MEMBERSHIP.TABLE_ROLE)
                        .from(TABLE_MEMBERSHIP).join(CARE_TABLE).on(CARE_TABLE.ID.eq(TABLE_MEMBERSHIP.CARE_TABLE_ID))
                        .where(TABLE_MEMBERSHIP.PERSON_ID.in(people.getValues(PERSON.ID)))
                        .orderBy(CARE_TABLE.CODE)
                        .fetchGroups(r -> r.value1(), r -> new PersonSummary.Role(r.value2(), r.value3()));
        return people.map(r -> new PersonSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                roles.getOrDefault(r.value1(), List.of()), r.value5()));
    }

    int count(String search) {
        return dsl.selectCount().from(PERSON)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .leftJoin(ACCOUNT).on(ACCOUNT.PERSON_ID.eq(PERSON.ID))
                .where(matching(search))
                .fetchSingle(0, int.class);
    }

    private static Condition matching(String search) {
        if (search == null || search.isBlank()) {
            return DSL.trueCondition();
        }
        String term = search.strip().toLowerCase();
        return DSL.lower(PERSON.DISPLAY_NAME).contains(term)
                .or(DSL.lower(ORGANISATION.NAME).contains(term))
                .or(DSL.lower(ACCOUNT.USERNAME).contains(term));
    }

}
