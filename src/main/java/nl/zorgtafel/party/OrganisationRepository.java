package nl.zorgtafel.party;

import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static org.jooq.impl.DSL.selectCount;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private final DSLContext dsl;

    OrganisationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(Organisation organisation, Instant now) {
        var row = dsl.newRecord(ORGANISATION);
        row.setName(organisation.name());
        row.setOrgType(organisation.type());
        row.setEmail(organisation.email());
        row.setPhone(organisation.phone());
        row.setAddress(organisation.address());
        row.setActive(organisation.active());
        row.setCreatedAt(now);
        row.store();
        return row.getId();
    }

    /** Updates when the stored version still matches; false when somebody changed it meanwhile. */
    boolean update(Organisation organisation) {
        return dsl.update(ORGANISATION)
                .set(ORGANISATION.NAME, organisation.name())
                .set(ORGANISATION.ORG_TYPE, organisation.type())
                .set(ORGANISATION.EMAIL, organisation.email())
                .set(ORGANISATION.PHONE, organisation.phone())
                .set(ORGANISATION.ADDRESS, organisation.address())
                .set(ORGANISATION.ACTIVE, organisation.active())
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .where(ORGANISATION.ID.eq(organisation.id()).and(ORGANISATION.VERSION.eq(organisation.version())))
                .execute() == 1;
    }

    Optional<Organisation> find(long id) {
        return dsl.selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(id))
                .fetchOptional(r -> new Organisation(r.getId(), r.getName(), r.getOrgType(),
                        r.getEmail(), r.getPhone(), r.getAddress(), r.getActive(), r.getVersion()));
    }

    /** The organisation of this name, compared as {@link #nameTaken} does (ignoring case). */
    Optional<Long> idByName(String name) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(DSL.lower(ORGANISATION.NAME).eq(name.toLowerCase()))
                .fetchOptional(ORGANISATION.ID);
    }

    boolean nameTaken(String name, Long exceptId) {
        Condition sameName = DSL.lower(ORGANISATION.NAME).eq(name.toLowerCase());
        return dsl.fetchCount(ORGANISATION, exceptId == null ? sameName : sameName.and(ORGANISATION.ID.ne(exceptId))) > 0;
    }

    List<OrganisationSummary> find(String search, OrganisationType type, int offset, int limit) {
        return find(search, type, offset, limit, DSL.trueCondition());
    }

    private List<OrganisationSummary> find(String search, OrganisationType type, int offset, int limit,
            Condition extra) {
        var people = selectCount().from(PERSON)
                .where(PERSON.ORGANISATION_ID.eq(ORGANISATION.ID).and(PERSON.ACTIVE.isTrue()))
                .asField("person_count");
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.ORG_TYPE, ORGANISATION.EMAIL, people,
                        ORGANISATION.ACTIVE)
                .from(ORGANISATION)
                .where(matching(search, type).and(extra))
                .orderBy(ORGANISATION.NAME, ORGANISATION.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new OrganisationSummary(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.get(people, Integer.class), r.value6()));
    }

    /** Active organisations by name, for choosers (few enough to list whole). */
    List<OrganisationSummary> active() {
        return find(null, null, 0, Integer.MAX_VALUE, ORGANISATION.ACTIVE.isTrue());
    }

    int count(String search, OrganisationType type) {
        return dsl.fetchCount(ORGANISATION, matching(search, type));
    }

    private static Condition matching(String search, OrganisationType type) {
        Condition byName = search == null || search.isBlank() ? DSL.trueCondition()
                : DSL.lower(ORGANISATION.NAME).contains(search.strip().toLowerCase());
        return type == null ? byName : byName.and(ORGANISATION.ORG_TYPE.eq(type));
    }
}
