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
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.security.TableRole;

@Repository
class CareTableRepository {

    private final DSLContext dsl;

    CareTableRepository(DSLContext dsl) {
        this.dsl = dsl;
    }


    long insert(CareTableSettings table, Instant now) {
        var row = dsl.newRecord(CARE_TABLE);
        row.setName(table.name());
        row.setCode(table.code());
        row.setConfidentialityStatement(table.confidentialityStatement());
        row.setRhythmWeekday(table.rhythmWeekday());
        row.setRhythmStartTime(table.rhythmStart());
        row.setRhythmMinutes(table.rhythmMinutes());
        row.setRhythmEveryWeeks(table.rhythmEveryWeeks());
        row.setCutoffWorkingDays(table.cutoffWorkingDays());
        row.setCreatedAt(now);
        row.store();
        return row.getId();
    }

    boolean update(CareTableSettings table) {
        return dsl.update(CARE_TABLE)
                .set(CARE_TABLE.NAME, table.name())
                .set(CARE_TABLE.CODE, table.code())
                .set(CARE_TABLE.CONFIDENTIALITY_STATEMENT, table.confidentialityStatement())
                .set(CARE_TABLE.RHYTHM_WEEKDAY, table.rhythmWeekday())
                .set(CARE_TABLE.RHYTHM_START_TIME, table.rhythmStart())
                .set(CARE_TABLE.RHYTHM_MINUTES, table.rhythmMinutes())
                .set(CARE_TABLE.RHYTHM_EVERY_WEEKS, table.rhythmEveryWeeks())
                .set(CARE_TABLE.CUTOFF_WORKING_DAYS, table.cutoffWorkingDays())
                .set(CARE_TABLE.VERSION, CARE_TABLE.VERSION.plus(1))
                .where(CARE_TABLE.ID.eq(table.id()).and(CARE_TABLE.VERSION.eq(table.version())))
                .execute() == 1;
    }

    Optional<CareTableSettings> findSettings(long tableId) {
        var municipalities = dsl.select(CARE_TABLE_MUNICIPALITY.MUNICIPALITY_ID).from(CARE_TABLE_MUNICIPALITY)
                .where(CARE_TABLE_MUNICIPALITY.CARE_TABLE_ID.eq(tableId))
                .fetchSet(CARE_TABLE_MUNICIPALITY.MUNICIPALITY_ID);
        return dsl.selectFrom(CARE_TABLE).where(CARE_TABLE.ID.eq(tableId)).fetchOptional(t -> new CareTableSettings(
                t.getId(), t.getName(), t.getCode(), t.getConfidentialityStatement(), t.getRhythmWeekday(),
                t.getRhythmStartTime(), t.getRhythmMinutes(), t.getRhythmEveryWeeks(), t.getCutoffWorkingDays(),
                t.getVersion(), municipalities));
    }

    boolean nameOrCodeTaken(String name, String code, Long exceptId) {
        var clash = DSL.lower(CARE_TABLE.NAME).eq(name.toLowerCase()).or(DSL.upper(CARE_TABLE.CODE).eq(code.toUpperCase()));
        return dsl.fetchCount(CARE_TABLE, exceptId == null ? clash : clash.and(CARE_TABLE.ID.ne(exceptId))) > 0;
    }

    List<Municipality> municipalities() {
        return dsl.selectFrom(MUNICIPALITY).where(MUNICIPALITY.ACTIVE.isTrue()).orderBy(MUNICIPALITY.NAME)
                .fetch(r -> new Municipality(r.getId(), r.getName(), r.getCbsCode()));
    }

    boolean municipalityTaken(String name) {
        return dsl.fetchCount(MUNICIPALITY, DSL.lower(MUNICIPALITY.NAME).eq(name.toLowerCase())) > 0;
    }

    boolean endCovenantSignature(long tableId, long organisationId, java.time.LocalDate endedOn) {
        return dsl.update(COVENANT_SIGNATURE)
                .set(COVENANT_SIGNATURE.ENDED_ON, endedOn)
                .set(COVENANT_SIGNATURE.VERSION, COVENANT_SIGNATURE.VERSION.plus(1))
                .where(COVENANT_SIGNATURE.CARE_TABLE_ID.eq(tableId)
                        .and(COVENANT_SIGNATURE.ORGANISATION_ID.eq(organisationId))
                        .and(COVENANT_SIGNATURE.ENDED_ON.isNull()))
                .execute() == 1;
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
        // A partner that signs again after ending replaces its old signature.
        dsl.deleteFrom(COVENANT_SIGNATURE).where(COVENANT_SIGNATURE.CARE_TABLE_ID.eq(tableId)
                .and(COVENANT_SIGNATURE.ORGANISATION_ID.eq(organisationId))).execute();
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
                        r.value3(), r.value4(), r.value5()));
        var members = dsl.select(PERSON.DISPLAY_NAME, ORGANISATION.NAME, TABLE_MEMBERSHIP.TABLE_ROLE,
                        PERSON.CONTACT_PERSON)
                .from(TABLE_MEMBERSHIP)
                .join(PERSON).on(PERSON.ID.eq(TABLE_MEMBERSHIP.PERSON_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId).and(PERSON.ACTIVE.isTrue()))
                .orderBy(ORGANISATION.NAME, PERSON.DISPLAY_NAME)
                .fetch(r -> new CareTableDetails.Member(r.value1(), r.value2(), r.value3(),
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


}
